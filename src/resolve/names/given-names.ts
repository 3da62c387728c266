// Russian, Ukrainian and Belarusian forms of one given name (and the common Latin spellings of Mohammed) (Oleksandr/Aleksandr/Alyaksandr,
// Mykola/Nikolai, Volodymyr/Vladimir, Ihor/Igor). Sanctions lists carry both the Russian and the
// Ukrainian form of the same person, so they must meet. Each row: canonical form, then variants.
const ROWS = [
  "aleksandr alexandr alexander aleksander oleksandr olexandr alyaksandr aliaksandr",
  "nikolai nikolay nicolai mykola mikola mikalai",
  "petr pyotr piotr petro pietro",
  "andrei andrey andrej andriy andrii andrij",
  "oleg oleh aleh",
  "sergei sergey sergej serhiy serhii sergiy sergii serghei serhij siarhei",
  "vladimir wladimir volodymyr uladzimir",
  "igor ihor ihar",
  "pavel pavlo pavlik",
  "elena yelena jelena olena alena",
  "ekaterina yekaterina katerina kateryna",
  "dmitri dmitry dmitrii dmitriy dmytro dzmitry",
  "yuri yury yuriy yurii iurii jurij yurij",
  "aleksei aleksey alexei alexey oleksiy oleksii aliaksei",
  "natalia natalya nataliya natalija natalie",
  "fedor fyodor fiodor fedir",
  "mikhail michail mykhailo mykhaylo mikhailo",
  "vasili vasily vasiliy vasilii vasyl",
  "grigori grigory grigoriy grigorii hryhoriy hryhorii",
  "evgeni yevgeny evgeny evgeniy yevgeniy evgenii jewgeni yevhen yevgenii",
  "anatoli anatoly anatoliy anatolii",
  "viktor victor wiktor",
  "valeri valery valeriy valerii",
  "maksim maxim maksym",
  "bogdan bohdan",
  "galina halyna",
  "irina iryna",
  "tatiana tatyana tetiana tetyana",
  "ludmila lyudmila liudmyla",
  "boris borys",
  "olga olha",
  "gennadi gennady gennadiy gennadii hennadiy hennadii",
  "konstantin kostiantyn kostyantyn",
  "vyacheslav viacheslav",
  "georgi georgy georgiy heorhiy",
  "arkadi arkady arkadiy arkadii",
  "mikhailovich mykhailovych",
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

/** The canonical (Russian BGN) form of a Slavic given name, or undefined. */
export function canonicalGivenName(token: string): string | undefined {
  return CANONICAL.get(token);
}

const PATRONYMIC = /(ovich|evich|ovych|evych|ovitch|evitch|ovici|evici|ovna|evna|ivna|ichna|ovicz)$/;

/** True for East Slavic patronymics (Viktorovich, Oleksandrovych, Vladimirovna). */
export function isPatronymic(token: string): boolean {
  return token.length >= 7 && PATRONYMIC.test(token);
}
