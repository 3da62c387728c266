// An article with no OUTLET: header is still from somewhere: its URL's host names the outlet
// ("https://www.nknews.org/2025/06/…" → NK News), so no report says "unnamed outlet". Known hosts
// map to the outlet's usual name; any other host is given as itself, without "www.".

const KNOWN_HOSTS: Record<string, string> = {
  "nknews.org": "NK News",
  "nkpro.org": "NK Pro",
  "dailynk.com": "Daily NK",
  "38north.org": "38 North",
  "rfa.org": "Radio Free Asia",
  "voanews.com": "Voice of America",
  "yna.co.kr": "Yonhap",
  "en.yna.co.kr": "Yonhap",
  "koreaherald.com": "The Korea Herald",
  "koreatimes.co.kr": "The Korea Times",
  "koreajoongangdaily.joins.com": "Korea JoongAng Daily",
  "joongang.co.kr": "JoongAng Ilbo",
  "chosun.com": "Chosun Ilbo",
  "donga.com": "Dong-A Ilbo",
  "hani.co.kr": "Hankyoreh",
  "kbs.co.kr": "KBS",
  "world.kbs.co.kr": "KBS World",
  "arirang.com": "Arirang",
  "news1.kr": "News1",
  "reuters.com": "Reuters",
  "apnews.com": "Associated Press",
  "bbc.com": "BBC",
  "bbc.co.uk": "BBC",
  "theguardian.com": "The Guardian",
  "nytimes.com": "The New York Times",
  "washingtonpost.com": "The Washington Post",
  "wsj.com": "The Wall Street Journal",
  "ft.com": "Financial Times",
  "bloomberg.com": "Bloomberg",
  "cnn.com": "CNN",
  "nikkei.com": "Nikkei",
  "asia.nikkei.com": "Nikkei Asia",
  "nhk.or.jp": "NHK",
  "www3.nhk.or.jp": "NHK",
  "aljazeera.com": "Al Jazeera",
  "france24.com": "France 24",
  "dw.com": "DW",
  "meduza.io": "Meduza",
  "tass.com": "TASS",
  "tass.ru": "TASS",
  "ria.ru": "RIA Novosti",
  "interfax.ru": "Interfax",
  "rbc.ru": "RBC",
  "kommersant.ru": "Kommersant",
  "themoscowtimes.com": "The Moscow Times",
  "kyivindependent.com": "The Kyiv Independent",
  "pravda.com.ua": "Ukrainska Pravda",
  "unn.ua": "UNN",
  "unn.com.ua": "UNN",
  "liga.net": "LIGA.net",
  "online.ua": "online.ua",
  "ukrinform.net": "Ukrinform",
  "rusi.org": "RUSI",
  "csis.org": "CSIS",
  "un.org": "United Nations",
  "justice.gov": "US Department of Justice",
};

/** The outlet an article's URL points to, or null without a usable URL. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/^www\d?\./, "").replace(/\.$/, "");
  if (!host || !host.includes(".")) return null;
  // The most specific known suffix: "world.kbs.co.kr" before "kbs.co.kr"; "m.bbc.com" → "bbc.com".
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const known = KNOWN_HOSTS[labels.slice(i).join(".")];
    if (known) return known;
  }
  return host;
}
