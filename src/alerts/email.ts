// E-mail delivery over SMTP with nodemailer: one message per alert (immediate) or one a day per
// watchlist (digest). Plain text only, so article text can never be rendered as markup.
import type { Transporter } from "nodemailer";
import type { Alert, Watchlist } from "./types.ts";

export interface MailSettings {
  /** `smtp://user:pass@host:port` or `smtps://…` ($FLOWWATCH_SMTP_URL). */
  smtpUrl: string;
  /** Sender address ($FLOWWATCH_MAIL_FROM, default `flowwatch@localhost`). */
  from: string;
  /** Dashboard address for links ($FLOWWATCH_PUBLIC_URL). */
  baseUrl: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

// Header values must not carry line breaks (header injection) and should stay short.
const oneLine = (s: string) => s.replace(/[\r\n\u0000-\u001f]+/g, " ").slice(0, 200);

function alertText(a: Alert, baseUrl: string): string {
  const p = a.event.payload;
  return `${p.title}\n${p.summary}\n${new URL(p.link, baseUrl).toString()}\n`;
}

export function immediateMail(
  w: Pick<Watchlist, "label" | "kind" | "email">,
  a: Alert,
  baseUrl: string,
): Mail {
  return {
    to: w.email!,
    subject: oneLine(`[flowwatch] ${w.label}: ${a.event.payload.title}`),
    text: `Watchlist: ${w.kind} ${w.label}\n\n${alertText(a, baseUrl)}`,
  };
}

export function digestMail(
  w: Pick<Watchlist, "label" | "kind" | "email">,
  alerts: Alert[],
  baseUrl: string,
): Mail {
  return {
    to: w.email!,
    subject: oneLine(
      `[flowwatch] ${w.label}: ${alerts.length} new alert${alerts.length === 1 ? "" : "s"} (daily digest)`,
    ),
    text:
      `Watchlist: ${w.kind} ${w.label}\n${alerts.length} new alert(s):\n\n` +
      alerts.map((a, i) => `${i + 1}. ${alertText(a, baseUrl)}`).join("\n"),
  };
}

export async function mailTransport(smtpUrl: string): Promise<Transporter> {
  const { createTransport } = await import("nodemailer");
  return createTransport(smtpUrl);
}

export async function sendMail(t: Transporter, from: string, m: Mail): Promise<void> {
  await t.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
}
