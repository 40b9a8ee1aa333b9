/** A failed load, said where the data would have been. */
export function LoadError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="load-error">
      {error}
    </p>
  );
}
