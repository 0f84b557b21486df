//! A stable insertion sort for the app's short lists (search hits, pathway
//! steps, config problems: tens of items at most).
//!
//! The standard library's sorts are fast on big inputs but large in code:
//! each use with a new type or key added 4–6 KB to the wasm (about 35 KB in
//! all, found with `twiggy`). On lists this short, insertion sort is as quick.

/// Sorts by `key`, keeping equal items in their order.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts in ascending order, keeping equal items in their order.
pub fn sort_small<T: Ord>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Deterministic pseudo-random lists of every short length.
        let mut seed = 0x2545_f491_u32;
        for len in 0..60 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_small_by_key(&mut ours, |x| x.0);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|x| x.0);
            assert_eq!(ours, std_sorted, "stable by key, length {len}");
            let mut ours = items.clone();
            sort_small(&mut ours);
            let mut std_sorted = items;
            std_sorted.sort();
            assert_eq!(ours, std_sorted, "length {len}");
        }
    }
}
