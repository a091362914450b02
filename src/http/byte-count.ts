/** A size as config spells it (10mb, 800kb, 512b: the units body-parser reads), in bytes. */
export function byteCount(limit: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(limit);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2 }[(match?.[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb'];
  return match ? Number(match[1]) * unit : Number(limit);
}
