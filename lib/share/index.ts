/** Share links: a whole assessment in the URL fragment (docs/decisions/0003-share-link-codec.md). */
export {
  decodeShareFragment,
  encodeShareFragment,
  shareUrl,
  MAX_BODY_BYTES,
  MAX_PAYLOAD_LENGTH,
  SHARE_FORMAT_VERSION,
  type DecodeResult,
  type ShareLinkError,
  type ShareLinkErrorKind,
} from "./codec";
