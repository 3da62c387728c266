// Korean words that name North Korea or its people.
export const DPRK_KO = /북한|北|조선민주주의인민공화국|평양|김정은|북러|북·러|북측/u;
