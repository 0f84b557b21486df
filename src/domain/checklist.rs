//! The person's ticks on the first-steps checklist, and their stored form.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::topics::known_checklist_ids;

/// Version of the stored checklist format; bump it with a migration in
/// `Ticks::from_stored` when the format changes.
pub const STORED_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ticks(BTreeSet<String>);

/// The stored form, `{"v":1,"ticked":["bank","kela"]}`: both fields
/// required when read, ids in sorted order when written.
#[derive(Serialize, Deserialize)]
struct Stored<Ids> {
    v: u32,
    ticked: Ids,
}

/// Why stored ticks were not used as they were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredTicksError {
    /// Not readable at all; the ticks are reset.
    Corrupt,
    /// Written by a newer version of the app than this one.
    NewerVersion(u32),
}

impl Ticks {
    pub fn is_ticked(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    pub fn count(&self) -> usize {
        self.0.len()
    }

    /// Ticks or unticks a step; ids not in the checklist are ignored.
    pub fn set(&mut self, id: &str, ticked: bool) {
        if ticked {
            if let Some(id) = known_checklist_ids([id.to_string()]).pop() {
                self.0.insert(id);
            }
        } else {
            self.0.remove(id);
        }
    }

    pub fn to_stored(&self) -> String {
        let stored = Stored {
            v: STORED_VERSION,
            ticked: &self.0,
        };
        // A number and strings: nothing here can fail.
        serde_json::to_string(&stored).expect("ticks always serialise")
    }

    /// Reads the stored form. Steps that no longer exist are dropped quietly:
    /// they are not the person's data any more, only ours.
    pub fn from_stored(text: &str) -> Result<Ticks, StoredTicksError> {
        let stored: Stored<Vec<String>> =
            serde_json::from_str(text).map_err(|_| StoredTicksError::Corrupt)?;
        if stored.v > STORED_VERSION {
            return Err(StoredTicksError::NewerVersion(stored.v));
        }
        Ok(Ticks(
            known_checklist_ids(stored.ticked).into_iter().collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ignores_unknown_steps() {
        let mut t = Ticks::default();
        t.set("kela", true);
        t.set("bank", true);
        t.set("no-such-step", true);
        t.set("bank", false);
        let back = Ticks::from_stored(&t.to_stored()).unwrap();
        assert_eq!(back, t);
        assert!(back.is_ticked("kela"));
        assert_eq!(back.count(), 1);
    }

    #[test]
    fn bad_stored_data_is_an_error_not_a_panic() {
        for bad in [
            "",
            "null",
            "{",
            "[1,2]",
            "{\"v\":1}",
            "{\"v\":\"x\",\"ticked\":[]}",
        ] {
            assert_eq!(
                Ticks::from_stored(bad),
                Err(StoredTicksError::Corrupt),
                "{bad}"
            );
        }
        assert_eq!(
            Ticks::from_stored("{\"v\":9,\"ticked\":[]}"),
            Err(StoredTicksError::NewerVersion(9))
        );
        let old = Ticks::from_stored("{\"v\":1,\"ticked\":[\"kela\",\"gone\"]}").unwrap();
        assert!(old.is_ticked("kela"));
    }

    /// Written by the build before serde (its own JSON writer), captured
    /// from that build: what is stored under `newcomer-guide.v1.checklist`.
    #[test]
    fn old_stored_strings_load() {
        let old = r#"{"v":1,"ticked":["bank","kela","register"]}"#;
        let ticks = Ticks::from_stored(old).unwrap();
        assert_eq!(ticks.count(), 3);
        assert!(["bank", "kela", "register"]
            .iter()
            .all(|id| ticks.is_ticked(id)));
        assert_eq!(ticks.to_stored(), old, "written back byte for byte");
        let empty = r#"{"v":1,"ticked":[]}"#;
        assert_eq!(Ticks::from_stored(empty), Ok(Ticks::default()));
        assert_eq!(Ticks::default().to_stored(), empty);
    }
}
