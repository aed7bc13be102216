import { useEffect, useState } from 'preact/hooks';
import { encodeQr, qrPath } from '../classroom/qrCode.ts';
import { useGame } from './gameContext.ts';

/** The white margin round a QR code, in modules: scanners need four. */
const QUIET_ZONE = 4;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** How to join, read from across the room: the address, its QR code and the code in large type. */
export function ProjectorJoin({ code, joinUrl, count }: { code: string; joinUrl: string; count: number | null }) {
  const { t } = useGame();
  const [qr, setQr] = useState<{ size: number; path: string } | null>(null);

  useEffect(() => {
    let current = true;
    encodeQr(joinUrl).then(
      (matrix) => current && setQr({ size: matrix.size, path: qrPath(matrix) }),
      // Without the library (offline), the address and the code are still there to type.
      () => current && setQr(null),
    );
    return () => {
      current = false;
    };
  }, [joinUrl]);

  const side = qr ? qr.size + 2 * QUIET_ZONE : 0;
  return (
    <aside class="projector-join" aria-labelledby="projector-join-heading">
      <h2 id="projector-join-heading">{t('projector.joinHeading')}</h2>
      <p class="projector-url">{joinUrl}</p>
      {LOOPBACK.has(location.hostname) && <p class="projector-hint">{t('projector.localOnly')}</p>}
      {qr && (
        <svg class="projector-qr" role="img" aria-label={t('projector.qrLabel', { url: joinUrl })} viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`} shape-rendering="crispEdges">
          <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
      )}
      <p class="projector-code-label">{t('projector.codeLabel')}</p>
      <p class="projector-code" data-testid="projector-code">
        {code}
      </p>
      {count !== null && <p class="projector-count">{t('projector.joined', { count })}</p>}
    </aside>
  );
}
