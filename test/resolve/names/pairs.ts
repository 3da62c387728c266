// Hand-written name pairs for the matcher tests (not taken from any bench file). Each group lists
// spellings of one person or company that must match each other; `negatives` are near-misses.

export const POSITIVE_GROUPS: Array<{ family: string; type?: "person" | "organization"; names: string[] }> = [
  {
    family: "Korean: hyphens, order, MR/RR, Hangul, Cyrillic",
    type: "person",
    names: [
      "Kim Jong Un",
      "Kim Jong-un",
      "KIM, Jong Un",
      "JONG UN KIM",
      "Kim Jongun",
      "Kim Jŏng-ŭn",
      "Gim Jeong-eun",
      "김정은",
      "Ким Чен Ын",
      "Kim Chong-un",
    ],
  },
  {
    family: "Korean: Choe/Choi/Ch'oe, Ryong",
    type: "person",
    names: [
      "Choe Ryong Hae",
      "Choi Ryong-hae",
      "Ch'oe Ryong-hae",
      "CHOE, Ryong Hae",
      "최룡해",
      "Чхве Рён Хэ",
    ],
  },
  {
    family: "Korean: Ri/Lee/Rhee, Pyong/Byeong, Chol/Cheol/Chul",
    type: "person",
    names: ["Ri Pyong Chol", "Lee Byeong-cheol", "Rhee Pyong-chul", "RI, Pyong Chol", "리병철"],
  },
  {
    family: "Korean: Pak/Park/Bak, Pong/Bong, Ju/Joo",
    type: "person",
    names: ["Pak Pong Ju", "Park Bong-ju", "Bak Bong-joo", "박봉주", "Пак Пон Чжу"],
  },
  {
    family: "Korean: Yo/Yeo, Jong/Jeong",
    type: "person",
    names: ["Kim Yo Jong", "Kim Yo-jong", "Kim Yeo-jeong", "김여정", "Ким Ё Чжон"],
  },
  {
    family: "Korean: Hyon/Hyun, Yong/Young, Chol/Chul",
    type: "person",
    names: ["Hyon Yong Chol", "Hyun Young-chul", "Hyeon Yeong-cheol", "현영철"],
  },
  {
    family: "Korean: Son/Sun, Hui/Hee",
    type: "person",
    names: ["Choe Son Hui", "Choi Sun-hee", "Choe Son-hui", "최선희"],
  },
  {
    family: "Korean: aspirated MR (Thaek), Song/Sung",
    type: "person",
    names: ["Jang Song Thaek", "Jang Sung-taek", "Chang Song-t'aek", "장성택"],
  },
  {
    family: "Korean: initial r/n/l, O/Oh, Kuk/Geuk",
    type: "person",
    names: ["O Kuk Ryol", "Oh Geuk-ryeol", "오극렬"],
  },
  {
    family: "Korean: Ri/Yi, Su Yong",
    type: "person",
    names: ["Ri Su Yong", "Lee Su-yong", "Yi Su-yong", "리수용"],
  },
  {
    family: "Russian: Shoigu",
    type: "person",
    names: [
      "Sergei Shoigu",
      "SHOYGU, Sergey Kuzhugetovich",
      "Шойгу Сергей Кужугетович",
      "Sergej Schoigu",
      "Sergey Shoygu",
      "Sergej Šojgu",
    ],
  },
  {
    family: "Russian: Prigozhin (German and ICAO spellings)",
    type: "person",
    names: [
      "Yevgeny Prigozhin",
      "Evgeniy Prigozhin",
      "Евгений Викторович Пригожин",
      "Jewgeni Prigoschin",
      "PRIGOZHIN, Yevgeniy Viktorovich",
    ],
  },
  {
    family: "Russian: Medvedev, -y/-ii",
    type: "person",
    names: ["Dmitry Medvedev", "Dmitrii Medvedev", "Дмитрий Медведев", "MEDVEDEV, Dmitri"],
  },
  {
    family: "Russian: Aleksandr/Alexander",
    type: "person",
    names: ["Aleksandr Bortnikov", "Alexander Bortnikov", "Александр Бортников"],
  },
  {
    family: "Russian: Yuri/Iurii/Jurij, sch",
    type: "person",
    names: ["Yuri Ushakov", "Iurii Ushakov", "Юрий Ушаков", "Jurij Uschakow"],
  },
  {
    family: "Russian: -sky/-skiy/-skii",
    type: "person",
    names: ["Vladimir Medinsky", "Vladimir Medinskiy", "Владимир Мединский", "Vladimir Medinskii"],
  },
  {
    family: "Russian: -ov/-off, kh/h",
    type: "person",
    names: ["Mikhail Khodorkovsky", "Michail Chodorkowski", "Mikhail Khodorkovskiy"],
  },
  {
    family: "Korean: Myong/Myung, Su/Soo",
    type: "person",
    names: ["Ri Myong Su", "Lee Myung-soo", "Ri Myong-su"],
  },
  {
    family: "Korean: Pyong/Byung, So/Seo, MR apostrophes",
    type: "person",
    names: ["Hwang Pyong So", "Hwang Byung-seo", "Hwang Pyo'ng-so'"],
  },
  { family: "Korean: Thae/Tae", type: "person", names: ["Thae Yong Ho", "Tae Yong-ho", "Thae Yong-ho"] },
  {
    family: "Russian: -nyy/-ny, soft sign",
    type: "person",
    names: ["Alexei Navalny", "Aleksei Navalnyy", "Алексей Навальный"],
  },
  {
    family: "Russian: ё as yo/e, -ov/-ev",
    type: "person",
    names: ["Vladimir Solovyov", "Vladimir Soloviev", "Vladimir Solovyev", "Владимир Соловьёв"],
  },
  {
    family: "Companies: legal forms",
    type: "organization",
    names: [
      "Korea Sobaeksu Trading Company",
      "KOREA SOBAEKSU TRADING CORP",
      "Korea Sobaeksu Trading Co., Ltd.",
    ],
  },
  {
    family: "Companies: Russian legal forms in Cyrillic and Latin",
    type: "organization",
    names: [
      "OOO Vektor Plus",
      "Vektor Plus LLC",
      "ООО «Вектор Плюс»",
      "Limited Liability Company Vektor Plus",
    ],
  },
  {
    family: "Companies: acronym",
    type: "organization",
    names: ["KOMID", "Korea Mining Development Trading Corporation"],
  },
  // ---- families added for real-alias recall (names invented for these tests) ----
  {
    family: "Companies: legal-form words inside the name (Corporation/Company/Co/Corp)",
    type: "organization",
    names: [
      "Korea Pyolmuri Corporation for Overseas Building",
      "Korea Pyolmuri Company for Overseas Building",
      "Korea Pyolmuri Co for Overseas Building",
    ],
  },
  {
    family: "Companies: Korea / Chosun / Choson / Joson / DPRK",
    type: "organization",
    names: [
      "Korea Hwasong Joint Venture Company",
      "Chosun Hwasong Joint Venture",
      "Choson Hwasong JV Company",
      "Joson Hwasong J/V Co",
      "DPRK Hwasong JVC",
    ],
  },
  {
    family: "Companies: Ltd/Limited, branch suffix -HKG and (Hong Kong)",
    type: "organization",
    names: [
      "Golden Tarsier Shipping Co., Ltd.",
      "GOLDEN TARSIER SHIPPING CO-HKG",
      "Golden Tarsier (Hong Kong) Shipping Company Limited",
      "Golden Tarsier Shipping Co Limited",
    ],
  },
  {
    family: "Companies: weak words (General, Group, Trading/Trade) added or swapped",
    type: "organization",
    names: [
      "Korea Unphasan General Trading Corporation",
      "Unphasan Trade Company",
      "Korea Unphasan Trading Group",
    ],
  },
  {
    family: "Companies: a whole name contained in a longer one",
    type: "organization",
    names: ["Vardokel", "Vardokel Foundation"],
  },
  {
    family: "Companies: a one-word name inside a longer one",
    type: "organization",
    names: ["Vardokel", "Vardokel Mobile Services"],
  },
  {
    family: "Companies: Spanish and Turkish legal-form phrases, Russian loanwords",
    type: "organization",
    names: [
      "Zavod Kirelmash",
      "Kirelmash Plant JSC",
      "Kirelmash Plant Anonim Sirketi",
      "Kirelmash Plant Sociedad Anonima",
    ],
  },
  {
    family: "People: Ukrainian forms of Russian names and patronymics (-ivna/-ovna, -ovych/-evich)",
    type: "person",
    names: [
      "Nadezhda Nikolayevna Koverko",
      "Nadiya Mykolaivna Koverko",
      "KOVERKO, Nadezhda Nikolaevna",
      "Nadiya Koverko",
    ],
  },
  {
    family: "People: Belarusian forms (Siarhei/Sergei, -avich, -ouski/-ovsky, -auna)",
    type: "person",
    names: [
      "Siarhei Uladzimiravich Dabrouski",
      "Sergei Vladimirovich Dobrovsky",
      "DOBROVSKY, Sergey",
      "Sergei Dabrouski",
    ],
  },
  {
    family: "People: Belarusian women's names and patronymics",
    type: "person",
    names: ["Sviatlana Piatrouna Hrabets", "Svetlana Petrovna Grabets", "Sviatlana Hrabets"],
  },
  {
    family: "People: Latvian and Lithuanian endings (Pjotrs, Sergejus)",
    type: "person",
    names: ["Pjotrs Vasiljevs", "Pyotr Vasilyev", "Petras Vasiljevas"],
  },
  {
    family: "People: Greek -ides/-idis",
    type: "person",
    names: ["Nikos Charalambides", "Nikos Charalambidis", "Nikolaos Charalampidis"],
  },
  {
    family: "People: patronymic present or absent, initials",
    type: "person",
    names: [
      "Oleg Arkadyevich Tumanin",
      "Oleg Tumanin",
      "O. A. Tumanin",
      "TUMANIN, Oleg Arkadievich",
      "Oleh Arkadiyovych Tumanin",
    ],
  },
  {
    family: "Korean surnames: Paek/Baek/Paik, Ryu/Yu, Ri/Lee/Yi",
    type: "person",
    names: ["Paek Song Gwang", "Baek Seong-gwang", "Paik Song Kwang"],
  },
  {
    family: "Korean surnames: Ryu/Yu/Yoo",
    type: "person",
    names: ["Ryu Hyon Sik", "Yu Hyeon-sik", "Yoo Hyun Sik"],
  },
];

export const NEGATIVE_PAIRS: Array<[string, string, "person" | "organization"]> = [
  ["Kim Jong Un", "Kim Jong Il", "person"],
  ["Kim Jong Un", "Kim Jong Nam", "person"],
  ["KIM, Yong Chol", "KIM, Kyong Il", "person"],
  ["Kim Yong Chol", "Kim Yong Chun", "person"],
  ["Choe Ryong Hae", "Choe Ryong Su", "person"],
  ["Ri Pyong Chol", "Ri Pyong Chon", "person"],
  ["Pak Pong Ju", "Pak Jong Ju", "person"],
  ["김정은", "김정일", "person"],
  ["Ким Чен Ын", "Ким Чен Ир", "person"],
  ["Sergei Shoigu", "Sergei Shoygin", "person"],
  ["Shoigu", "Shoygin", "person"],
  ["Dmitry Medvedev", "Dmitry Medinsky", "person"],
  ["Alexander Bortnikov", "Alexander Bastrykin", "person"],
  ["Arkady Rotenberg", "Boris Rotenberg", "person"],
  ["Sergey Ivanov", "Sergey Lavrov", "person"],
  ["Yuri Ushakov", "Yuri Chaika", "person"],
  ["Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov", "person"],
  ["Sergey Viktorovich Ivanov", "Sergey Borisovich Ivanov", "person"],
  ["Sergey Lavrov", "Sergey Lavrova", "person"],
  ["Vladimir Medinsky", "Vladimir Medinskaya", "person"],
  ["Vladimir Solovyov", "Vladimir Solovyev-Sedoi", "person"],
  ["Alexei Navalny", "Alexei Navalnaya", "person"],
  ["Kim Yo Jong", "Kim Yong Jong", "person"],
  ["Kim Kye Gwan", "Kim Kyong Gwan", "person"],
  ["Arkady Rotenberg", "Igor Rotenberg", "person"],
  ["Korea Sobaeksu Trading Company", "Korea Kwangson Trading", "organization"],
  ["Korea Ryonbong General Corporation", "Korea Ryongbong Trading Corporation", "organization"],
  ["Korea Mining Development Trading Corporation", "Korea Mining Trading Corporation", "organization"],
  // a different distinctive word is a different company, however many weak words are shared
  ["Korea Unphasan General Trading Corporation", "Korea Kumbit General Trading Corporation", "organization"],
  ["Golden Tarsier Shipping Co., Ltd.", "Golden Marlin Shipping Co., Ltd.", "organization"],
  ["Vardokel Foundation", "Vardokel Panama", "organization"],
  // a short one-word name inside a longer one is as often another company
  ["Revo", "Revo Marine Engineering", "organization"],
  // the same father's name in two languages is one patronymic; two fathers are two people
  ["Nadiya Mykolaivna Koverko", "Nadiya Petrivna Koverko", "person"],
  ["Siarhei Uladzimiravich Dabrouski", "Sergei Viktorovich Dobrovsky", "person"],
  ["Pjotrs Vasiljevs", "Pavel Vasilyev", "person"],
  ["Nikos Charalambides", "Nikos Papadakis", "person"],
  ["Paek Song Gwang", "Paek Song Chol", "person"],
  ["Ryu Hyon Sik", "Ryu Hyon Chol", "person"],
];
