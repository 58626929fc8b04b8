//! One sort for the whole explainer.
//!
//! Why not `slice::sort_by`: each call with its own element type and comparator compiles to its
//! own copy of the standard library's sort, about 2.5 KB of wasm each. The lists here are short
//! (places, events, rings, labels), so every sort goes through one copy that orders plain
//! `(key, index)` pairs, and the items are then moved into that order.

/// Sorts `items` by ascending `key_of`; items with equal keys keep their order (a stable sort).
/// NaN keys, of either sign, sort after every number; -0 and +0 are equal.
///
/// ```
/// let mut places = vec![("Tokyo", 1298.6), ("Seoul", 214.2), ("Busan", 552.0)];
/// launchmap::sort_by_f64_key(&mut places, |p| p.1);
/// assert_eq!(places.iter().map(|p| p.0).collect::<Vec<_>>(), ["Seoul", "Busan", "Tokyo"]);
/// ```
pub fn sort_by_f64_key<T>(items: &mut Vec<T>, key_of: impl Fn(&T) -> f64) {
    let keys: Vec<f64> = items.iter().map(key_of).collect();
    let order = ascending_order(&keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices of `keys` in ascending order of key, ties in index order.
///
/// ```
/// assert_eq!(launchmap::ascending_order(&[3.0, 1.0, 3.0, 2.0]), [1, 3, 0, 2]);
/// ```
pub fn ascending_order(keys: &[f64]) -> Vec<usize> {
    // total_cmp orders by sign bit too: -NaN before -inf and -0 before +0. One NaN and one zero
    // make it the plain numeric order, with NaN last.
    let canonical = |k: f64| if k.is_nan() { f64::NAN } else { k + 0.0 };
    let mut keyed: Vec<(f64, usize)> = keys.iter().map(|&k| canonical(k)).zip(0..).collect();
    keyed.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(1.0, 'a'), (0.0, 'b'), (1.0, 'c'), (0.0, 'd'), (1.0, 'e')];
        sort_by_f64_key(&mut items, |i| i.0);
        let letters: String = items.iter().map(|i| i.1).collect();
        assert_eq!(letters, "bdace");
    }

    #[test]
    fn a_long_list_matches_the_standard_stable_sort() {
        // A deterministic shuffle of 500 keys with many duplicates.
        let mut items: Vec<(f64, usize)> = (0..500).map(|i| (((i * 7919) % 37) as f64, i)).collect();
        let mut expected = items.clone();
        expected.sort_by(|a, b| a.0.total_cmp(&b.0));
        sort_by_f64_key(&mut items, |i| i.0);
        assert_eq!(items, expected);
    }

    #[test]
    fn nan_keys_of_either_sign_go_last_and_nothing_is_lost() {
        let negative_nan = -f64::NAN;
        assert!(negative_nan.is_sign_negative());
        let mut items = vec![f64::NAN, 2.0, negative_nan, -1.0, f64::NEG_INFINITY];
        sort_by_f64_key(&mut items, |x| *x);
        assert_eq!(items[..3], [f64::NEG_INFINITY, -1.0, 2.0]);
        assert!(items[3].is_nan() && items[4].is_nan());
    }

    #[test]
    fn zeros_of_either_sign_are_equal_keys() {
        let mut items = vec![(0.0, 'a'), (-0.0, 'b'), (0.0, 'c')];
        sort_by_f64_key(&mut items, |i| i.0);
        let letters: String = items.iter().map(|i| i.1).collect();
        assert_eq!(letters, "abc");
    }

    #[test]
    fn an_empty_list_stays_empty() {
        let mut items: Vec<String> = Vec::new();
        sort_by_f64_key(&mut items, |s| s.len() as f64);
        assert!(items.is_empty());
    }
}
