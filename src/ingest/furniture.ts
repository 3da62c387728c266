// Page furniture: lines that belong to the web page around an article, not to the article. The rules
// are deliberately about the *shape* of a line (a lone button label, a bare URL, a photo credit, a
// lone number), never about particular outlets.

const LABELS = new Set(
  (
    "share|share this|share this article|share this story|share post|share article|" +
    "share on facebook|share on twitter|share on x|tweet|email|e-mail|print|comment|comments|" +
    "advertisement|advertisment|sponsored|sponsored content|ad|read more|read next|read also|" +
    "also read|see also|continue reading|link to main version|skip to content|" +
    "skip to main content|back to top|menu|home|loading|close|copy link|copied|listen|" +
    "listen to this article|popular|most read|most popular|trending|trending now|" +
    "more like this|more stories|you may also like|recommended|recommended for you|related|" +
    "related stories|related articles|related news|related posts|related content|latest news|" +
    "latest|top stories|next article|previous article|view comments|facebook|twitter|linkedin|" +
    "whatsapp|telegram|reddit|x|copy|save|gift this article|listen to article|getty images|" +
    "sign in|log in|register|scroll to continue|watch|video|audio"
  ).split("|"),
);

// Markers after which the rest of the page is other stories ("Related", "More like this").
const TAIL_MARKERS = new Set(
  (
    "popular|most read|most popular|trending|trending now|more like this|more stories|" +
    "you may also like|recommended|recommended for you|related|related stories|" +
    "related articles|related news|related posts|related content|latest news|top stories|" +
    "next article"
  ).split("|"),
);

const SOCIAL =
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|print|copy link|share)[\s|·•,/]*)+$/i;

const PATTERNS: RegExp[] = [
  /^related\s*:/i, // "Related: Another story headline"
  /^(?:subscribe|sign up|newsletter|get our newsletter)\b.{0,150}$/i,
  /^(?:photo|photos|image|picture|file photo|photograph|credit|illustration|фото\S*|снимк\S*|foto)\s*(?:credit)?\s*[:|©/]/iu,
  /^(?:©|\(c\)|copyright\b).{0,200}$/i,
  /^[\d\s.,:;/#()+-]+$/, // lone numbers: page numbers, view counts, stray ids
  /^(?:https?:\/\/|www\.)\S+$/i, // a bare URL
  /^(?:follow|join)\b.{0,100}\b(?:whatsapp|telegram|twitter|facebook|instagram|google news|linkedin|youtube|x)\b.{0,30}$/i,
  /^(?:the )?comments? (?:posted|section|are)\b/i,
  /\bleave a (?:comment|reply)\b/i,
  /^click here\b.{0,120}$/i,
  /^\d+\s*min(?:ute)?s?\s+read$/i,
  /^(?:advertisement|sponsored)\b.{0,40}$/i,
  /^image (?:source|caption)\s*[,:]/i, // "Image source, Getty Images"
  /^(?:tags?|topics?|categories|filed under|keywords)\s*:/i,
  /^(?:also read|read also|read more|see also|more on this|don't miss|watch|listen)\s*:/i,
  /\(opens in (?:a )?new (?:window|tab)\)/i,
  /^.{0,80}\ball rights reserved\b.{0,40}$/i,
  /^.{0,200}\bcookies?\b.{0,200}\b(?:accept|consent|privacy policy|cookie policy)\b.{0,100}$/i,
  /^[\p{L}\p{N} &'-]{1,30}(?:\s*[>›»/|]\s*[\p{L}\p{N} &'-]{1,30}){2,}$/u, // breadcrumbs: "Home > World > Asia"
  /^(?:updated\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
];

function label(line: string): string {
  return line
    .toLowerCase()
    .replace(/[:.…>»›|]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

// A line can be a label only if it has no more visible characters than the longest label, before
// its trailing punctuation: a cheap test that spares lowercasing every paragraph.
const LABEL_MAX = Math.max(...[...LABELS].map((l) => l.length));
const LABEL_SIZED = new RegExp(`^(?:\\S\\s*){0,${LABEL_MAX}}[:.…>»›|]*$`, "u");

/** True for a line that is page furniture and never article text. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (LABEL_SIZED.test(t) && LABELS.has(label(t))) return true;
  if (t.length <= 80 && SOCIAL.test(t)) return true;
  return PATTERNS.some((re) => re.test(t));
}

/** True for a heading that introduces a list of other stories ("Related", "More like this"). */
export function isTailMarker(line: string): boolean {
  return TAIL_MARKERS.has(label(line));
}
