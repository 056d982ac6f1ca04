export function NotFound({ message }: { message: string }) {
  return (
    <section className="not-found">
      <h1>Not here</h1>
      <p>{message}</p>
      <p>
        <a href="#/">Back to all pathways</a>
      </p>
    </section>
  );
}
