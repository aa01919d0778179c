/** Terms an officer may hover or focus for a definition. Keys are matched as whole words in text. */
export const GLOSSARY: Readonly<Record<string, string>> = {
  CWD: 'Conventional Weapons Destruction: U.S. programs that clear, destroy or secure conventional weapons and munitions.',
  PSSM: 'Physical security and stockpile management: keeping weapons and ammunition stores safe, secure and accounted for.',
  'SA/LW': 'Small arms and light weapons.',
  VEO: 'Violent extremist organization.',
  VEOs: 'Violent extremist organizations.',
  EOD: 'Explosive ordnance disposal: making safe and destroying explosive hazards.',
  NADR: 'Nonproliferation, Anti-terrorism, Demining and Related Programs: the Department of State account that funds CWD.',
  MAG: 'Mines Advisory Group, a humanitarian demining and arms management organization.',
  USARAF: 'U.S. Army Africa, the Army component of U.S. Africa Command.',
  'G5 Sahel': 'Burkina Faso, Chad, Mali, Mauritania and Niger, which set up a joint counter-terrorism force in 2017.',
  'PM/WRA': 'The Department of State Office of Weapons Removal and Abatement, in the Bureau of Political-Military Affairs, which publishes the report.',
  DOS: 'U.S. Department of State.',
  DoD: 'U.S. Department of Defense.',
};
