//! The basic-information guide as data: topics, the authorities behind them,
//! official links and phone numbers, and the first-steps checklist.
//!
//! Every text is a Fluent key derived from an id here (see `Topic::*_key`), so
//! adding a topic means adding one entry below and its keys in every locale;
//! the native tests in `tests/topics.rs` enforce both sides.

/// Responsible authority. The English (or active-language) name comes from
/// Fluent (`authority-<id>`); the Finnish and Swedish names are proper names the
/// person will see on signs and letters, so they are data, not translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authority {
    pub id: &'static str,
    pub name_fi: &'static str,
    pub name_sv: &'static str,
}

impl Authority {
    pub fn name_key(&self) -> String {
        format!("authority-{}", self.id)
    }
}

pub const AUTHORITIES: &[Authority] = &[
    Authority {
        id: "migri",
        name_fi: "Maahanmuuttovirasto (Migri)",
        name_sv: "Migrationsverket (Migri)",
    },
    Authority {
        id: "dvv",
        name_fi: "Digi- ja väestötietovirasto (DVV)",
        name_sv: "Myndigheten för digitalisering och befolkningsdata (DVV)",
    },
    Authority {
        id: "kela",
        name_fi: "Kela",
        name_sv: "FPA",
    },
    Authority {
        id: "vero",
        name_fi: "Verohallinto",
        name_sv: "Skatteförvaltningen",
    },
    Authority {
        id: "banks",
        name_fi: "pankit ja Suomi.fi",
        name_sv: "banker och Suomi.fi",
    },
    Authority {
        id: "employment",
        name_fi: "työllisyyspalvelut (Työmarkkinatori)",
        name_sv: "sysselsättningstjänster (Jobbmarknaden)",
    },
    Authority {
        id: "integration",
        name_fi: "kunnan kotoutumispalvelut",
        name_sv: "kommunens integrationstjänster",
    },
    Authority {
        id: "wellbeing",
        name_fi: "hyvinvointialue",
        name_sv: "välfärdsområde",
    },
    Authority {
        id: "emergency",
        name_fi: "Hätäkeskuslaitos",
        name_sv: "Nödcentralsverket",
    },
    Authority {
        id: "municipality",
        name_fi: "kunta",
        name_sv: "kommun",
    },
    Authority {
        id: "oph",
        name_fi: "Opetushallitus (OPH)",
        name_sv: "Utbildningsstyrelsen (OPH)",
    },
    Authority {
        // Since 1.1.2026 it grants the right to practise that Valvira granted;
        // the Swedish name is the one lvv.fi/sv uses.
        id: "lvv",
        name_fi: "Lupa- ja valvontavirasto",
        name_sv: "Tillstånds- och tillsynsverket",
    },
    Authority {
        id: "simhe",
        name_fi: "SIMHE-palvelut (korkeakoulut)",
        name_sv: "SIMHE-tjänster (högskolor)",
    },
    Authority {
        id: "ngos",
        name_fi: "järjestöt ja yhdistykset",
        name_sv: "organisationer och föreningar",
    },
    Authority {
        id: "guidance",
        name_fi: "kunnan ohjaus ja neuvonta",
        name_sv: "kommunens vägledning och rådgivning",
    },
];

pub fn authority(id: &str) -> Option<&'static Authority> {
    AUTHORITIES.iter().find(|a| a.id == id)
}

/// An official web page. The label is a Fluent key (`link-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub id: &'static str,
    pub url: &'static str,
}

impl Link {
    pub fn label_key(&self) -> String {
        format!("link-{}", self.id)
    }
}

/// A phone number. The label is a Fluent key (`phone-<id>`); `number` is shown
/// as written and dialled through `tel:` with spaces removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phone {
    pub id: &'static str,
    pub number: &'static str,
}

impl Phone {
    pub fn label_key(&self) -> String {
        format!("phone-{}", self.id)
    }

    pub fn tel_href(&self) -> String {
        let digits: String = self
            .number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{digits}")
    }
}

const INFOFINLAND: Link = Link {
    id: "infofinland",
    url: "https://www.infofinland.fi/",
};
const KOTOUTUMINEN: Link = Link {
    id: "kotoutuminen",
    url: "https://kotoutuminen.fi/en/",
};
const MIGRI: Link = Link {
    id: "migri",
    url: "https://migri.fi/en/",
};
const DVV: Link = Link {
    id: "dvv",
    url: "https://dvv.fi/en/",
};
const KELA: Link = Link {
    id: "kela",
    url: "https://www.kela.fi/",
};
const VERO: Link = Link {
    id: "vero",
    url: "https://www.vero.fi/en/",
};
const SUOMIFI: Link = Link {
    id: "suomifi",
    url: "https://www.suomi.fi/",
};
const TYOMARKKINATORI: Link = Link {
    id: "tyomarkkinatori",
    url: "https://tyomarkkinatori.fi/en",
};
const OPH: Link = Link {
    id: "oph",
    url: "https://www.oph.fi/en",
};
const LVV: Link = Link {
    id: "lvv",
    url: "https://lvv.fi/",
};
// 116 117 does not answer everywhere; the site says where it does.
const MEDICAL_HELPLINE: Link = Link {
    id: "116117",
    url: "https://116117.fi/",
};
const EMERGENCY_112: Link = Link {
    id: "112",
    url: "https://112.fi/en/",
};

const PHONE_112: Phone = Phone {
    id: "112",
    number: "112",
};
const PHONE_MEDICAL_HELPLINE: Phone = Phone {
    id: "medical-helpline",
    number: "116 117",
};
const PHONE_POISON: Phone = Phone {
    id: "poison",
    number: "0800 147 111",
};
const PHONE_CRISIS: Phone = Phone {
    id: "crisis",
    number: "09 2525 0111",
};
// MIELI's other languages have their own numbers and hours; every locale
// lists them all, because a person may read the guide in a language other
// than the one they want to talk in.
const PHONE_CRISIS_EN_AR: Phone = Phone {
    id: "crisis-en-ar",
    number: "09 2525 0113",
};
const PHONE_CRISIS_UK: Phone = Phone {
    id: "crisis-uk",
    number: "09 2525 0114",
};
const PHONE_CRISIS_RU: Phone = Phone {
    id: "crisis-ru",
    number: "09 2525 0115",
};
const PHONE_CRISIS_SV: Phone = Phone {
    id: "crisis-sv",
    number: "09 2525 0112",
};
const PHONE_NOLLALINJA: Phone = Phone {
    id: "nollalinja",
    number: "080 005 005",
};
const PHONE_NOLLALINJA_SHORT: Phone = Phone {
    id: "nollalinja-short",
    number: "116 016",
};

/// A guide topic. Text keys: `topic-<id>-title`, `topic-<id>-summary`, and
/// `topic-<id>-step-1` … `topic-<id>-step-<steps>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Topic {
    pub id: &'static str,
    pub steps: usize,
    pub authorities: &'static [&'static str],
    pub links: &'static [Link],
    pub phones: &'static [Phone],
    /// ISO date on which the text was last checked against its sources.
    pub last_checked: &'static str,
    /// Where the facts come from (DOMAIN.md sections); shown to maintainers only.
    pub source: &'static str,
}

impl Topic {
    pub fn title_key(&self) -> String {
        format!("topic-{}-title", self.id)
    }
    pub fn summary_key(&self) -> String {
        format!("topic-{}-summary", self.id)
    }
    pub fn step_keys(&self) -> Vec<String> {
        (1..=self.steps)
            .map(|n| format!("topic-{}-step-{n}", self.id))
            .collect()
    }
    /// Every Fluent key this topic needs, in reading order.
    pub fn text_keys(&self) -> Vec<String> {
        let mut keys = vec![self.title_key(), self.summary_key()];
        keys.extend(self.step_keys());
        keys
    }
    pub fn is_checklist(&self) -> bool {
        self.id == CHECKLIST_TOPIC
    }
}

const CHECKED: &str = "2026-11-23";

/// The topic that carries the first-steps checklist.
pub const CHECKLIST_TOPIC: &str = "first-steps";

pub const TOPICS: &[Topic] = &[
    Topic {
        id: "first-steps",
        steps: 2,
        authorities: &["migri", "dvv", "kela", "vero"],
        links: &[INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §6",
    },
    Topic {
        id: "residence-permit",
        steps: 4,
        authorities: &["migri"],
        links: &[MIGRI, INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §6; migri.fi",
    },
    Topic {
        id: "identity-code",
        steps: 4,
        authorities: &["dvv"],
        links: &[DVV, INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §6; dvv.fi",
    },
    Topic {
        id: "kela",
        steps: 4,
        authorities: &["kela"],
        links: &[KELA, INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §6; kela.fi",
    },
    Topic {
        id: "tax",
        steps: 4,
        authorities: &["vero"],
        links: &[VERO],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §6; vero.fi",
    },
    Topic {
        id: "bank-id",
        steps: 4,
        authorities: &["banks"],
        links: &[SUOMIFI, INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §6; suomi.fi",
    },
    Topic {
        id: "work",
        steps: 4,
        authorities: &["employment"],
        links: &[TYOMARKKINATORI, INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §2, §6; tyomarkkinatori.fi",
    },
    Topic {
        id: "integration",
        steps: 5,
        authorities: &["integration", "employment"],
        links: &[KOTOUTUMINEN, INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §1, §2, §4; kotoutuminen.fi",
    },
    Topic {
        id: "language",
        steps: 4,
        authorities: &["integration", "employment"],
        links: &[KOTOUTUMINEN, INFOFINLAND],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §1, §4, §6",
    },
    Topic {
        id: "qualifications",
        steps: 4,
        authorities: &["oph", "lvv"],
        links: &[OPH, LVV],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §4; oph.fi; lvv.fi",
    },
    Topic {
        id: "health",
        steps: 4,
        authorities: &["wellbeing"],
        links: &[INFOFINLAND, MEDICAL_HELPLINE],
        phones: &[PHONE_MEDICAL_HELPLINE, PHONE_112],
        last_checked: CHECKED,
        source: "DOMAIN.md §2, §6; 116117.fi",
    },
    Topic {
        id: "emergency",
        steps: 4,
        authorities: &["emergency"],
        links: &[EMERGENCY_112],
        phones: &[PHONE_112, PHONE_POISON],
        last_checked: CHECKED,
        source: "DOMAIN.md §6; 112.fi",
    },
    Topic {
        id: "housing",
        steps: 4,
        authorities: &["municipality", "kela"],
        links: &[INFOFINLAND, KELA],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §6",
    },
    Topic {
        id: "children",
        steps: 5,
        authorities: &["municipality", "wellbeing"],
        links: &[INFOFINLAND, OPH],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §5",
    },
    Topic {
        id: "rights",
        steps: 4,
        authorities: &["guidance"],
        links: &[INFOFINLAND],
        phones: &[PHONE_NOLLALINJA, PHONE_NOLLALINJA_SHORT, PHONE_112],
        last_checked: CHECKED,
        source: "DOMAIN.md §1, §4 (civic orientation content), §6; nollalinja.fi",
    },
    Topic {
        id: "everyday",
        steps: 4,
        authorities: &["municipality"],
        links: &[INFOFINLAND, SUOMIFI],
        phones: &[],
        last_checked: CHECKED,
        source: "DOMAIN.md §4 (civic orientation content)",
    },
    Topic {
        id: "help",
        steps: 4,
        authorities: &["guidance", "integration"],
        links: &[INFOFINLAND, KOTOUTUMINEN],
        phones: &[
            PHONE_CRISIS,
            PHONE_CRISIS_EN_AR,
            PHONE_CRISIS_UK,
            PHONE_CRISIS_RU,
            PHONE_CRISIS_SV,
            PHONE_112,
        ],
        last_checked: CHECKED,
        source: "DOMAIN.md §1 (guidance and counselling), §6; mentalhealth.fi",
    },
];

pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}

/// One tickable step of the first-steps checklist. Text: `check-<id>`; the
/// step points to the topic that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistItem {
    pub id: &'static str,
    pub topic: &'static str,
}

impl ChecklistItem {
    pub fn text_key(&self) -> String {
        format!("check-{}", self.id)
    }
}

pub const CHECKLIST: &[ChecklistItem] = &[
    ChecklistItem {
        id: "permit",
        topic: "residence-permit",
    },
    ChecklistItem {
        id: "register",
        topic: "identity-code",
    },
    ChecklistItem {
        id: "kela",
        topic: "kela",
    },
    ChecklistItem {
        id: "tax-card",
        topic: "tax",
    },
    ChecklistItem {
        id: "bank",
        topic: "bank-id",
    },
    ChecklistItem {
        id: "jobseeker",
        topic: "work",
    },
    ChecklistItem {
        id: "health",
        topic: "health",
    },
    ChecklistItem {
        id: "integration",
        topic: "integration",
    },
    ChecklistItem {
        id: "language",
        topic: "language",
    },
    ChecklistItem {
        id: "housing",
        topic: "housing",
    },
];

/// The ticked checklist steps, kept as ids so a stored list survives text
/// changes; unknown ids (a step removed in a later version) are dropped.
pub fn known_checklist_ids(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = ids
        .into_iter()
        .filter(|id| CHECKLIST.iter().any(|c| c.id == id))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_checklist_ids_are_dropped_and_duplicates_merged() {
        let ids = ["kela", "gone", "kela", "bank"].map(String::from);
        assert_eq!(known_checklist_ids(ids), vec!["bank", "kela"]);
    }

    #[test]
    fn tel_href_keeps_only_digits_and_plus() {
        assert_eq!(PHONE_CRISIS.tel_href(), "tel:0925250111");
        assert_eq!(PHONE_MEDICAL_HELPLINE.tel_href(), "tel:116117");
    }
}
