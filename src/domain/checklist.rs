//! The person's ticks on the first-steps checklist, and their stored form.

use std::collections::BTreeSet;

use super::json::Json;
use super::topics::known_checklist_ids;

/// Version of the stored checklist format; bump it with a migration in
/// `Ticks::from_stored` when the format changes.
pub const STORED_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ticks(BTreeSet<String>);

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
        Json::object(vec![
            ("v", Json::int(i64::from(STORED_VERSION))),
            (
                "ticked",
                Json::Array(self.0.iter().map(|id| Json::str(id.clone())).collect()),
            ),
        ])
        .to_compact()
    }

    /// Reads the stored form. Steps that no longer exist are dropped quietly:
    /// they are not the person's data any more, only ours.
    pub fn from_stored(text: &str) -> Result<Ticks, StoredTicksError> {
        let root = Json::parse(text).map_err(|_| StoredTicksError::Corrupt)?;
        let version = root
            .get("v")
            .and_then(Json::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .ok_or(StoredTicksError::Corrupt)?;
        let ticked = root
            .get("ticked")
            .and_then(Json::as_array)
            .and_then(|list| {
                list.iter()
                    .map(|id| id.as_str().map(String::from))
                    .collect::<Option<Vec<_>>>()
            })
            .ok_or(StoredTicksError::Corrupt)?;
        if version > STORED_VERSION {
            return Err(StoredTicksError::NewerVersion(version));
        }
        // One by one: collecting into a set sorts (more wasm, see small_sort.rs).
        let mut ticks = BTreeSet::new();
        for id in known_checklist_ids(ticked) {
            ticks.insert(id);
        }
        Ok(Ticks(ticks))
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
}
