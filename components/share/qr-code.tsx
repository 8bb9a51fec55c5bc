import type { QrCode } from "@/lib/export/qr";

/**
 * A QR code drawn as one SVG path, black on white whatever the theme (scanners want dark modules
 * on a light ground, and a projector washes out anything softer). The quiet zone is part of the
 * white square. Pixels stay crisp at any size.
 */
export function QrCodeImage({
  code,
  label,
  className = "",
}: {
  code: QrCode;
  /** The image's accessible name. */
  label: string;
  className?: string;
}) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${code.size} ${code.size}`}
      shapeRendering="crispEdges"
      className={`block aspect-square h-auto ${className}`}
      data-qr-version={code.version}
    >
      <rect width={code.size} height={code.size} fill="#ffffff" />
      <path d={code.path} fill="#000000" />
    </svg>
  );
}
