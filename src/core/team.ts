export interface Team {
  team_id: string;
  team_name: string;
  created_at: string;
  updated_at: string;
}

export interface NewTeam {
  team_id: string;
  team_name: string;
}

/** Team codes are 2–10 upper-case letters and never change. */
export const TEAM_ID_PATTERN = /^[A-Z]{2,10}$/;

export const SEED_TEAMS: readonly NewTeam[] = [
  { team_id: 'DEV', team_name: 'Development' },
  { team_id: 'QA', team_name: 'Quality Assurance' },
  { team_id: 'DAT', team_name: 'Data' },
  { team_id: 'SEC', team_name: 'Security' },
  { team_id: 'AI', team_name: 'Artificial Intelligence' },
];
