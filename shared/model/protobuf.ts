/**
 * Protocol Buffers at the wire level: enough to read the parts of an ONNX ModelProto that mlgate
 * needs and to rewrite a graph without decoding the rest.
 *
 * Why not protobufjs or onnx-proto: a decode/encode round trip through generated classes
 * materialises every initializer and tree-ensemble attribute and re-encodes them, and a schema
 * subset would silently drop the fields it does not know. Working on byte spans copies every field
 * mlgate does not touch exactly as it was (https://protobuf.dev/programming-guides/encoding/).
 */

/** Wire types (groups, 3 and 4, are long deprecated and never appear in ONNX files). */
export const WireType = { Varint: 0, Fixed64: 1, Bytes: 2, Fixed32: 5 } as const;

/** The bytes are not a well-formed protobuf message; `message` says where and why. */
export class ProtobufError extends Error {
  override readonly name = 'ProtobufError';
}

/** One field of a message, located in the buffer. */
export interface Field {
  readonly number: number;
  readonly wireType: number;
  /** Offset of the tag (the field's first byte) and one past its last byte. */
  readonly start: number;
  readonly end: number;
  /** The payload: the length-delimited bytes, or the 4/8 fixed bytes; empty for varints. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The value of a varint field (int64 fields keep all 64 bits here). */
  readonly varint: bigint;
}

/** Reads a varint at `offset`: its value and the offset after it. */
export function readVarint(bytes: Uint8Array, offset: number, limit: number): [bigint, number] {
  // Fast path: up to four bytes (every tag, length and small int in an ONNX file) fit in 28 bits.
  let low = 0;
  let position = offset;
  for (let shift = 0; shift < 28; shift += 7) {
    if (position >= limit) throw new ProtobufError(`varint at byte ${offset} runs past the end`);
    const byte = bytes[position++];
    low |= (byte & 0x7f) << shift;
    if (byte < 0x80) return [BigInt(low), position];
  }
  let value = BigInt(low);
  for (let shift = 28n; ; shift += 7n) {
    if (position >= limit) throw new ProtobufError(`varint at byte ${offset} runs past the end`);
    if (shift > 63n) throw new ProtobufError(`varint at byte ${offset} is longer than 10 bytes`);
    const byte = bytes[position++];
    value |= BigInt(byte & 0x7f) << shift;
    if (byte < 0x80) return [BigInt.asUintN(64, value), position];
  }
}

/** Reads every field of the message in `bytes[start, end)`, in order. */
export function* fields(bytes: Uint8Array, start = 0, end = bytes.length): Generator<Field> {
  let offset = start;
  while (offset < end) {
    const [tag, afterTag] = readVarint(bytes, offset, end);
    const number = Number(tag >> 3n);
    const wireType = Number(tag & 7n);
    if (number === 0) throw new ProtobufError(`field number 0 at byte ${offset}`);
    let valueStart = afterTag;
    let valueEnd: number;
    let varint = 0n;
    switch (wireType) {
      case WireType.Varint:
        [varint, valueEnd] = readVarint(bytes, afterTag, end);
        valueStart = valueEnd;
        break;
      case WireType.Fixed64:
        valueEnd = afterTag + 8;
        break;
      case WireType.Fixed32:
        valueEnd = afterTag + 4;
        break;
      case WireType.Bytes: {
        const [length, afterLength] = readVarint(bytes, afterTag, end);
        valueStart = afterLength;
        valueEnd = afterLength + Number(length);
        break;
      }
      default:
        throw new ProtobufError(`field ${number} at byte ${offset} has wire type ${wireType}`);
    }
    if (valueEnd > end)
      throw new ProtobufError(`field ${number} at byte ${offset} runs past the end (${valueEnd} > ${end})`);
    yield { number, wireType, start: offset, end: valueEnd, valueStart, valueEnd, varint };
    offset = valueEnd;
  }
}

const utf8 = new TextDecoder('utf-8');

/** A length-delimited field's payload as UTF-8 text. */
export function text(bytes: Uint8Array, field: Field): string {
  expectWireType(field, WireType.Bytes);
  return utf8.decode(bytes.subarray(field.valueStart, field.valueEnd));
}

/** A varint field as a signed 64-bit integer. */
export function int64(field: Field): bigint {
  expectWireType(field, WireType.Varint);
  return BigInt.asIntN(64, field.varint);
}

/** A varint field as a JavaScript number (int32 and enum fields, dimensions, versions). */
export function int(field: Field): number {
  return Number(int64(field));
}

/** A repeated int64 field's values: packed (one length-delimited field) or one varint per field. */
export function packedInt64s(bytes: Uint8Array, field: Field): bigint[] {
  if (field.wireType === WireType.Varint) return [int64(field)];
  expectWireType(field, WireType.Bytes);
  const values: bigint[] = [];
  let offset = field.valueStart;
  while (offset < field.valueEnd) {
    const [value, next] = readVarint(bytes, offset, field.valueEnd);
    values.push(BigInt.asIntN(64, value));
    offset = next;
  }
  return values;
}

function expectWireType(field: Field, wireType: number): void {
  if (field.wireType !== wireType)
    throw new ProtobufError(
      `field ${field.number} at byte ${field.start} has wire type ${field.wireType}, expected ${wireType}`
    );
}

// Writing.

const utf8Encoder = new TextEncoder();

/** A varint's bytes (negative int64 values take ten bytes, as protobuf encodes them). */
export function encodeVarint(value: bigint | number): Uint8Array {
  let remaining = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  while (remaining >= 0x80n) {
    out.push(Number(remaining & 0x7fn) | 0x80);
    remaining >>= 7n;
  }
  out.push(Number(remaining));
  return Uint8Array.from(out);
}

/** A varint field: tag and value. */
export function varintField(number: number, value: bigint | number): Uint8Array {
  return concat([encodeVarint(number * 8 + WireType.Varint), encodeVarint(value)]);
}

/** A length-delimited field: tag, length, payload (a string is UTF-8 encoded). */
export function bytesField(number: number, payload: Uint8Array | string): Uint8Array {
  const body = typeof payload === 'string' ? utf8Encoder.encode(payload) : payload;
  return concat([encodeVarint(number * 8 + WireType.Bytes), encodeVarint(body.length), body]);
}

/** The parts, one after the other. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A float field (wire type fixed32): tag and the IEEE 754 single, little-endian. */
export function floatField(number: number, value: number): Uint8Array {
  return concat([encodeVarint(number * 8 + WireType.Fixed32), float32Bytes([value])]);
}

/** A packed repeated float field: one length-delimited field holding the float32 values. */
export function packedFloatsField(number: number, values: ArrayLike<number>): Uint8Array {
  return bytesField(number, float32Bytes(values));
}

/** A packed repeated varint field (int32, int64, enum): one length-delimited field. */
export function packedVarintsField(number: number, values: ArrayLike<bigint | number>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let index = 0; index < values.length; index++) parts.push(encodeVarint(values[index]));
  return bytesField(number, concat(parts));
}

/** The values as little-endian float32 bytes, whatever the host's byte order. */
function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let index = 0; index < values.length; index++) view.setFloat32(index * 4, values[index], true);
  return out;
}
