import { Notice } from '@/components/ui/primitives';

/** What was wrong with the filters in the address; the rest of the view still applies. */
export function FilterProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <Notice tone="warning" title="Some filters in the address could not be used">
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </Notice>
  );
}
