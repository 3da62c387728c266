// Russian words that name North Korea or its people, in any case.
export const DPRK_RU =
  /КНДР|Северн\p{L}*\s+Коре\p{L}*|северокорейск\p{L}*|северокорейц\p{L}*|Пхеньян\p{L}*|Ким\s+Чен\s+Ын\p{L}*|корейск\p{L}*\s+(?:рабоч|работник|солдат|военн)/u;
