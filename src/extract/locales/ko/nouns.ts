// The Korean nouns each subject is counted in. Korean puts the noun before the count ("근로자
// 1만여명") or after it with 의 ("1만 1천명의 북한군"); the counter (명, 개, 발) narrows it.
import type { Subject } from "../../../types.ts";

export const NOUNS_KO: readonly [Subject, RegExp][] = [
  ["casualties", /사상자|사망자|부상자|전사자|사망|부상|전사|사상|숨진|숨져|다친/u],
  ["military_builders", /군사\s?건설\s?(?:인력|병력)|건설\s?병력|군\s?건설\s?인력/u],
  ["deminers", /공병|지뢰\s?제거/u],
  ["it_workers", /IT\s?(?:인력|노동자|근로자|기술자|개발자|전문가)|정보기술\s?인력|프로그래머/u],
  ["construction_workers", /건설\s?(?:노동자|근로자|인력|일꾼)/u],
  ["workers", /노동자|근로자|노동\s?인력|인력|일꾼|여성|벌목공|노무자/u],
  ["nationals", /유학생|학생|주민|국민|입국자|방문객/u],
  ["troops", /북한군|병력|군인|병사|장병|군대|전투원|특수부대|폭풍군단|파병군|부대원/u],
  ["containers", /컨테이너/u],
  ["munitions", /포탄|탄약|고폭탄|포탄류|탄/u],
  ["missiles", /미사일|탄도미사일/u],
  ["weapons", /전차|장갑차|자주포|방사포|무기|장비/u],
  ["shipments", /선박|화물선|항차|운항|운송\s?횟수/u],
  ["visas", /비자|사증/u],
];

/** The subject a counter implies on its own ("발" counts rounds). */
export const COUNTER_SUBJECT: Record<string, Subject> = { 발: "munitions", 척: "shipments" };
