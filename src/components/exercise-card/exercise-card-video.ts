import { safeUrl } from '../../base/safe-url.js';

export type VideoSource =
  { kind: 'file'; src: string } | { kind: 'embed'; src: string } | { kind: 'link'; src: string };

/**
 * What the `video` attribute points at. https only. YouTube and Vimeo become their privacy-enhanced embeds
 * (no cookies before play); .mp4/.webm play in a plain <video>; anything else is offered as a link.
 * Nothing here is requested: the card renders it only after the reader asks for it.
 */
export function videoSource(raw: string | undefined): VideoSource | undefined {
  const href = safeUrl(raw, { protocols: ['https:'] });
  if (!href) return undefined;
  const url = new URL(href);
  const host = url.hostname.replace(/^www\./, '');
  const youtube =
    host === 'youtu.be'
      ? url.pathname.slice(1)
      : host === 'youtube.com' || host === 'm.youtube.com' || host === 'youtube-nocookie.com'
        ? (url.searchParams.get('v') ?? url.pathname.match(/^\/(?:embed|shorts)\/([\w-]+)/)?.[1])
        : undefined;
  if (youtube && /^[\w-]{6,20}$/.test(youtube)) {
    return { kind: 'embed', src: `https://www.youtube-nocookie.com/embed/${youtube}` };
  }
  // vimeo.com/123456, vimeo.com/123456/abcdef (unlisted, with its hash), player.vimeo.com/video/123456
  const vimeo =
    host === 'vimeo.com' || host === 'player.vimeo.com'
      ? url.pathname.match(/^\/(?:video\/)?(\d+)(?:\/([0-9a-f]+))?\/?$/)
      : null;
  if (vimeo) {
    const hash = vimeo[2] ?? url.searchParams.get('h');
    return { kind: 'embed', src: `https://player.vimeo.com/video/${vimeo[1]}?dnt=1${hash ? `&h=${hash}` : ''}` };
  }
  if (/\.(mp4|webm)$/i.test(url.pathname)) return { kind: 'file', src: href };
  return { kind: 'link', src: href };
}
