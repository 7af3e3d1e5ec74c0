/**
 * Just enough protobuf to read the few messages an Anki package holds (the `meta` file, the
 * media map, note-type and template configs, deck kinds). Hand-rolled rather than a dependency:
 * we read five fields of four messages, all varints and length-delimited values. Unknown fields
 * are skipped, as protobuf requires, so newer Anki versions adding fields still read.
 */
export type ProtoField = { field: number; varint?: number; bytes?: Uint8Array };

export class ProtobufError extends Error {}

function readVarint(buf: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw new ProtobufError("truncated varint");
    const byte = buf[pos++];
    // Multiplication, not shifts: values above 2^31 (ids, sizes) must not wrap to negative.
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return [value, pos];
  }
  throw new ProtobufError("varint longer than 10 bytes");
}

export function readProtobuf(buf: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [key, afterKey] = readVarint(buf, pos);
    pos = afterKey;
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (wireType === 0) {
      const [value, next] = readVarint(buf, pos);
      fields.push({ field, varint: value });
      pos = next;
    } else if (wireType === 2) {
      const [length, next] = readVarint(buf, pos);
      if (next + length > buf.length) throw new ProtobufError("truncated length-delimited field");
      fields.push({ field, bytes: buf.subarray(next, next + length) });
      pos = next + length;
    } else if (wireType === 1) {
      pos += 8;
    } else if (wireType === 5) {
      pos += 4;
    } else {
      throw new ProtobufError(`unsupported wire type ${wireType}`);
    }
    if (pos > buf.length) throw new ProtobufError("truncated fixed-width field");
  }
  return fields;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

export const protoVarint = (fields: ProtoField[], n: number): number | undefined => fields.findLast((f) => f.field === n)?.varint;
export const protoBytes = (fields: ProtoField[], n: number): Uint8Array | undefined => fields.findLast((f) => f.field === n)?.bytes;
export const protoString = (fields: ProtoField[], n: number): string => {
  const bytes = protoBytes(fields, n);
  return bytes ? decoder.decode(bytes) : "";
};
export const protoRepeated = (fields: ProtoField[], n: number): Uint8Array[] => fields.filter((f) => f.field === n && f.bytes).map((f) => f.bytes!);
