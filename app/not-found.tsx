import { Link } from '@/components/ui/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-muted">There is no figure or source at this address. It may have been removed, or the link may be mistyped.</p>
      <p className="mt-6 flex justify-center gap-4 text-sm">
        <Link href="/figures" className="text-accent underline">Browse figures</Link>
        <Link href="/sources" className="text-accent underline">Browse sources</Link>
      </p>
    </div>
  );
}
