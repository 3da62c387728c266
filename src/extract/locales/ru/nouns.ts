// The Russian nouns each subject is counted in, as patterns over one or two lower-cased words
// (any case ending). Order matters: the first pattern that fits a position names the subject.
import type { Subject } from "../../../types.ts";

export interface Noun {
  subject: Subject;
  /** Matched against the words from a position, joined by single spaces. */
  re: RegExp;
}

const n = (subject: Subject, source: string): Noun => ({ subject, re: new RegExp(`^(?:${source})`, "iu") });

export const NOUNS_RU: readonly Noun[] = [
  n("military_builders", "военн\\p{L}* строител|военно-строительн"),
  n("deminers", "сап[её]р|минер(?!ал)|специалист\\p{L}* по разминированию|инженерн\\p{L}*(?! работ)"),
  n("it_workers", "(?:it|ит|айти)[- ]?(?:специалист|работник|инженер|кадр|сотрудник)|программист|айтишник"),
  n("construction_workers", "строител|строительн\\p{L}* рабоч"),
  n(
    "workers",
    "рабоч\\p{L}*(?!\\p{L}| (?:мест|виз|дн|сил|групп|врем|недел|поезд))|работник|работниц|сотрудниц|трудов\\p{L}* мигрант|трудящ|гастарбайтер|мигрант|наемн\\p{L}* работник|лесоруб",
  ),
  n("nationals", "граждан(?!ск)|северокорейц|студент|въезд|визит[её]р"),
  n(
    "troops",
    "военнослужащ|военн(?:ых|ые|ым|ыми)(?!\\p{L}| (?:сап|минер|инженер|строител|специалист))|солдат|бойц|боец|войск|пехотинц|спецназовц|морпех|штурмовик|офицер|человек личного состава",
  ),
  n("casualties", "погибш|убит|раненых|раненые|жертв"),
  n("containers", "контейнер(?!овоз)"),
  n("munitions", "снаряд|боеприпас|мин(?:ы|а|у)?(?!\\p{L})|выстрел|патрон"),
  n("missiles", "ракет|баллистическ\\p{L}* ракет"),
  n(
    "weapons",
    "единиц\\p{L}* (?:\\p{L}+ )?(?:техники|вооружени)|танк|гаубиц|рсзо|артиллерийск\\p{L}* (?:систем|установ|орудий)|орудий|пусков\\p{L}* установ|бронетехник|самоходн",
  ),
  n("shipments", "рейс|поставок|поставки|партий|эшелон|вагон|судов|судна"),
  n("visas", "виз(?:а|ы|у|ой|ам)?(?!\\p{L})|разрешени\\p{L}* на работу"),
];

/** The generic count noun: "9 264 человек" counts whatever the sentence says the people are. */
export const PEOPLE_WORD = /^(?:человек|чел\.?|людей|граждан(?!ск)|лиц)(?!\p{L})/iu;
