/** Limits for fetching an article page: whole-request time, body size and redirects. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

/** Limits for fetching a report: time, size and redirects. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5_000_000, maxRedirects: 5 };

/** A page fetched for import: its final address, its text and its content type. */
export interface FetchedPage {
  url: string;
  body: string;
  contentType: string;
}

/** A fetch that failed, with a message in Indonesian saying what to do. */
export class FetchPageError extends Error {}

/** Whether a command-line argument is a web address rather than a file. */
export const isAddress = (argument: string) => /^[a-z][a-z\d+.-]*:\/\//iu.test(argument);

/** Network error codes Node's fetch reports in `cause`, as the reader should hear them. */
const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: 'nama domain tidak ditemukan; periksa alamatnya atau koneksi internet',
  EAI_AGAIN: 'tidak dapat menghubungi server DNS; periksa koneksi internet',
  ECONNREFUSED: 'server menolak sambungan',
  ECONNRESET: 'sambungan diputus server',
  ENETUNREACH: 'jaringan tidak terjangkau; periksa koneksi internet',
  EHOSTUNREACH: 'server tidak terjangkau; periksa koneksi internet',
};

function protocolOf(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchPageError(`"${address}" bukan alamat web yang sah`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchPageError(`hanya alamat http:// atau https:// yang dapat diambil, bukan ${url.protocol}//`);
  return url;
}

/** Reads a response body up to `maxBytes`, decoded with the charset it declares. */
async function readBody(response: Response, maxBytes: number, address: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new FetchPageError(`${address}: halaman ${declared} bita, lebih dari batas ${maxBytes} bita`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new FetchPageError(`${address}: halaman lebih dari batas ${maxBytes} bita; berhenti membaca`);
    chunks.push(chunk);
  }
  const charset = /charset=([\w-]+)/iu.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Buffer.concat(chunks));
}

/**
 * Fetches a news page over http or https: redirects followed up to a cap (each hop checked for its protocol),
 * the whole request bounded in time, the body in size; HTML or plain text only. Every failure is a `FetchPageError`
 * with an Indonesian message, including when the machine is offline.
 */
export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  let url = protocolOf(address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'Tiru-importer/1 (+https://github.com/)', accept: 'text/html,text/plain;q=0.9' } });
    } catch (error) {
      const err = error as Error & { cause?: { code?: string } };
      if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new FetchPageError(`${url.href}: tidak ada jawaban dalam ${limits.timeoutMs / 1000} detik`);
      const code = err.cause?.code ?? '';
      throw new FetchPageError(`${url.href}: ${NETWORK_ERRORS[code] ?? `tidak dapat mengambil halaman (${code || err.message})`}`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      if (hop >= limits.maxRedirects) throw new FetchPageError(`${address}: lebih dari ${limits.maxRedirects} pengalihan (redirect); berhenti`);
      url = protocolOf(new URL(response.headers.get('location')!, url).href);
      continue;
    }
    if (!response.ok) throw new FetchPageError(`${url.href}: server menjawab ${response.status} ${response.statusText}`.trim());
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !/^(?:text\/html|application\/xhtml\+xml|text\/plain)/iu.test(contentType)) {
      throw new FetchPageError(`${url.href}: bukan halaman web atau teks (${contentType.split(';')[0]})`);
    }
    try {
      return { url: url.href, body: await readBody(response, limits.maxBytes, url.href), contentType };
    } catch (error) {
      if (error instanceof FetchPageError) throw error;
      throw new FetchPageError(`${url.href}: ${(error as Error).name === 'TimeoutError' ? `tidak selesai dalam ${limits.timeoutMs / 1000} detik` : (error as Error).message}`);
    }
  }
}
