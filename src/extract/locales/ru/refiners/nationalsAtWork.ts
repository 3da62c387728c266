// "работают около 35 тыс. граждан КНДР": citizens said to work are workers (border counts of
// citizens stay nationals).
import { setEach } from "../../../context.ts";

const WORK = /работ|трудят|трудил|трудит|трудоустро|заняты на|на стройк|на заработк/iu;

export const nationalsAtWork = setEach("ru.nationalsAtWork", (ctx, c) => {
  if (
    c.subject === "nationals" &&
    WORK.test(c.sentence.text) &&
    !/въезд|въехал|студент/iu.test(c.sentence.text)
  ) {
    ctx.debug("ru.nationalsAtWork", "set", c, "citizens who work");
    c.subject = "workers";
  }
});
