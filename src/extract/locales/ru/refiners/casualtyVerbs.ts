// "погибли и получили ранения шесть тысяч военных": people killed or wounded are casualties.
import { setEach } from "../../../context.ts";

const HURT = /погиб|убит|ранен|ранени|потер[ия]|потерял|уничтожен|ликвидирован|выбыл\p{L}* из строя/iu;

export const casualtyVerbs = setEach("ru.casualtyVerbs", (ctx, c) => {
  if (c.subject !== "troops" && c.subject !== "nationals") return;
  const clause = c.sentence.text.slice(Math.max(0, c.figure.start - 80), c.figure.end + 60);
  if (HURT.test(clause)) {
    ctx.debug("ru.casualtyVerbs", "set", c, "killed or wounded");
    c.subject = "casualties";
  }
});
