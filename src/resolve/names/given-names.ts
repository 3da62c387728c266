// Russian, Ukrainian and Belarusian forms of one given name (and the common Latin spellings of Mohammed) (Oleksandr/Aleksandr/Alyaksandr,
// Mykola/Nikolai, Volodymyr/Vladimir, Ihor/Igor). Sanctions lists carry both the Russian and the
// Ukrainian form of the same person, so they must meet. Each row: canonical form, then variants.
const ROWS = [
  "aleksandr alexandr alexander aleksander oleksandr olexandr alyaksandr aliaksandr",
  "nikolai nikolay nicolai mykola mikola mikalai mikolaj nikolajs nikolaj",
  "petr pyotr piotr petro pietro pjotr piatr piatro petras petr",
  "andrei andrey andrej andriy andrii andrij andrejs andrius",
  "oleg oleh aleh",
  "sergei sergey sergej serhiy serhii sergiy sergii serghei serhij siarhei siarhiej",
  "vladimir wladimir volodymyr uladzimir",
  "igor ihor ihar",
  "pavel pavlo pavlik paval pawel",
  "elena yelena jelena olena alena alena",
  "ekaterina yekaterina katerina kateryna",
  "dmitri dmitry dmitrii dmitriy dmytro dzmitry dzmitri",
  "yuri yury yuriy yurii iurii jurij yurij",
  "aleksei aleksey alexei alexey oleksiy oleksii aliaksei aliaksey alaksiej",
  "natalia natalya nataliya natalija natalie natallia natallya nataliia",
  "fedor fyodor fiodor fedir",
  "mikhail michail mykhailo mykhaylo mikhailo",
  "vasili vasily vasiliy vasilii vasyl vasil",
  "grigori grigory grigoriy grigorii hryhoriy hryhorii hryhory ryhor",
  "evgeni yevgeny evgeny evgeniy yevgeniy evgenii jewgeni yevhen yevgenii yauhen yauheni",
  "anatoli anatoly anatoliy anatolii",
  "viktor victor wiktor viktar",
  "valeri valery valeriy valerii",
  "maksim maxim maksym",
  "bogdan bohdan",
  "galina halyna halina",
  "irina iryna",
  "tatiana tatyana tetiana tetyana tatsiana taciana",
  "ludmila lyudmila liudmyla liudmila lyudmyla",
  "boris borys",
  "olga olha volga wolga",
  "gennadi gennady gennadiy gennadii hennadiy hennadii henadz hienadz hienadzi genadij gennadij",
  "konstantin kostiantyn kostyantyn",
  "vyacheslav viacheslav",
  "georgi georgy georgiy heorhiy",
  "arkadi arkady arkadiy arkadii",
  "nadezhda nadiya nadzeya nadia nadzieja",
  "svetlana sviatlana svitlana",
  "artem artyom artiom artsiom",
  "vitali vitaly vitaliy vitalii vital",
  "vadim vadym",
  "denis denys",
  "kirill kyrylo kiril",
  "ilya illia ilia",
  "yakov yakiv",
  "semen semyon semion",
  "larisa larysa",
  "maria mariya mariia",
  "ivan iwan",
  "leonid leanid",
  "stepan stsiapan",
  "mohammed muhammad mohammad mohamed muhammed mohamad",
  "abdullah abdallah abdulla",
];

// Diminutives and short forms used in the press for the same person: canonical → forms
const NICKNAME_ROWS = [
  "aleksandr sasha sanya shura alex",
  "mikhail misha mike",
  "dmitri dima mitya",
  "vladimir volodya vova",
  "nikolai kolya nick",
  "sergei seryozha serezha serge",
  "evgeni zhenya eugene",
  "aleksei alyosha lyosha",
  "ekaterina katya",
  "tatiana tanya",
  "natalia natasha",
  "elena lena",
  "yuri yura",
  "pavel pasha",
  "grigori grisha",
  "boris borya",
  "ivan vanya",
  "maria masha",
  "nikolaos nikos",
  "konstantinos kostas",
  "georgios giorgos",
  "anastasia nastya",
  "benjamin ben bibi benny",
  "william bill billy will",
  "robert bob bobby rob",
  "richard dick rick",
  "theodore ted teddy theo",
  "edward ted ed eddie",
  "james jim jimmy",
  "michael mike mick",
  "thomas tom tommy",
  "joseph joe",
  "john jack johnny",
  "elizabeth liz beth",
  "margaret maggie peggy",
];

const NICKNAMES = new Map<string, string[]>();
for (const row of NICKNAME_ROWS) {
  const [canonical, ...forms] = row.split(" ");
  for (const f of forms) NICKNAMES.set(f, [...(NICKNAMES.get(f) ?? []), canonical]);
}

/** Full names a diminutive or short form may stand for (Sasha → aleksandr, Ted → theodore/edward). */
export function nicknameOf(token: string): string[] | undefined {
  return NICKNAMES.get(token);
}

const CANONICAL = new Map<string, string>();
for (const row of ROWS) {
  const [canonical, ...variants] = row.split(" ");
  for (const v of [canonical, ...variants]) CANONICAL.set(v, canonical);
}

/**
 * The canonical (Russian BGN) form of a Slavic given name, or undefined. Baltic nominative endings
 * are read through (Latvian Sergejs, Pjotrs; Lithuanian Sergejus, Vladimiras).
 */
export function canonicalGivenName(token: string): string | undefined {
  const direct = CANONICAL.get(token);
  if (direct || token.length < 5) return direct;
  const baltic = /(?:us|as|is|s)$/.exec(token);
  return baltic ? CANONICAL.get(token.slice(0, baltic.index)) : undefined;
}

// Russian, Ukrainian and Belarusian patronymic endings, longest first (Nikolayevich, Mykolaiovych,
// Uladzimiravich; Vladimirovna, Volodymyrivna, Uladzimirauna, Arkadiyivna)
const PATRONYMIC_ENDINGS = [
  "ovitsch",
  "ovitsj",
  "evitsj",
  "ovitj",
  "evitj",
  "owitsch",
  "yevich",
  "ievich",
  "eyevich",
  "yevych",
  "ovitch",
  "evitch",
  "iivna",
  "yivna",
  "ievna",
  "yevna",
  "eevna",
  "ovich",
  "ovych",
  "avich",
  "evich",
  "evych",
  "ovna",
  "evna",
  "ivna",
  "auna",
  "euna",
  "ouna",
  "ichna",
  "ovici",
  "evici",
  "ovicz",
].sort((a, b) => b.length - a.length);

/**
 * One spelling for the patronymics of one father's name in any East Slavic language and
 * transliteration: canonical given name + "ovich" / "ovna" (Mykolaiovych = Nikolayevich).
 */
export function canonicalPatronymic(token: string): string | undefined {
  for (const ending of PATRONYMIC_ENDINGS) {
    if (!token.endsWith(ending) || token.length - ending.length < 2) continue;
    const stem = token.slice(0, -ending.length);
    const feminine = /na$/.test(ending);
    const name =
      CANONICAL.get(stem) ??
      CANONICAL.get(`${stem}i`) ??
      CANONICAL.get(`${stem}y`) ??
      CANONICAL.get(stem.replace(/[iy]$/, "")) ??
      CANONICAL.get(`${stem}r`);
    if (name) return `${name}${feminine ? "ovna" : "ovich"}`;
  }
  const first = PATRONYMIC_ENDINGS.find((e) => token.endsWith(e));
  if (!first) return undefined;
  return `${token.slice(0, -first.length).replace(/[iy]$/, "")}${/na$/.test(first) ? "ovna" : "ovich"}`;
}

const PATRONYMIC =
  /(ovich|evich|ovych|evych|avich|ovitch|evitch|ovitsch|owitsch|ovitsj|evitsj|ovitj|evitj|ovici|evici|ovna|evna|ivna|auna|euna|ouna|ichna|ovicz)$/;

/** True for East Slavic patronymics (Viktorovich, Oleksandrovych, Vladimirovna). */
export function isPatronymic(token: string): boolean {
  return token.length >= 7 && PATRONYMIC.test(token);
}
