declare module 'html-encoding-sniffer' {
  /**
   * The HTML Standard's encoding sniffing algorithm (BOM, transport-layer label, <meta> prescan);
   * returns `defaultEncoding` (which may be null) when none of them names an encoding.
   */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string | null; maxPrescanBytes?: number },
  ): string | null;
}
