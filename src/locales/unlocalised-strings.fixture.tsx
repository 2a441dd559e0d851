// Words written straight into JSX, which the check in unlocalised-strings.test.ts must find.
export function Fixture({ page, total }: { page: number; total: number }) {
  return (
    <section className="fixture-only" aria-hidden="true">
      <h1>Sign in</h1>
      <button type="button" aria-label="Close the pane" />
      <p title={`Page ${page} of ${total}`}>{'—'}</p>
    </section>
  );
}
