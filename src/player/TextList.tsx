/** A headed list of plain-text lines, or nothing when there are none. */
export function TextList({
  title,
  items,
  className,
}: {
  title: string;
  items?: readonly string[] | undefined;
  className?: string;
}) {
  if (!items || items.length === 0) return null;
  return (
    <section className={className}>
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i} dir="auto">
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}
