'use client';

import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-muted">The page could not be loaded. Nothing you entered has been lost.{error.digest ? ` (Reference ${error.digest})` : ''}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-accent px-4 py-2 text-sm font-medium text-accent-ink">Try again</button>
    </div>
  );
}
