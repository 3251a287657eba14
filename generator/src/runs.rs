//! Work split into consecutive runs, one thread each, results kept in order.
//!
//! Used where each element's result depends only on that element (an operation built from its
//! request item, a pagination guess from an operation's samples): the joined results are then
//! exactly what one pass gives, on any number of cores.

use crate::error::Error;

/// `work` applied to consecutive runs of `items` on up to as many threads as there are cores
/// (at most 8), each run at least `min_run` long (below that a thread costs more than it
/// saves); the runs' results in order. One run is worked on this thread.
pub(crate) fn in_runs<T: Send, R: Send>(
    mut items: Vec<T>,
    min_run: usize,
    work: impl Fn(Vec<T>) -> R + Sync,
) -> Result<Vec<R>, Error> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let per_run = items.len().div_ceil(threads).max(min_run.max(1));
    let mut runs = Vec::new();
    while items.len() > per_run {
        let rest = items.split_off(per_run);
        runs.push(std::mem::replace(&mut items, rest));
    }
    runs.push(items);
    if runs.len() == 1 {
        return Ok(runs.into_iter().map(work).collect());
    }
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = runs.into_iter().map(|run| scope.spawn(move || work(run))).collect();
        handles
            .into_iter()
            .map(|h| h.join().map_err(|_| Error::Internal("a worker thread panicked".into())))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_consecutive_and_joined_in_order() {
        for (len, min_run) in [(0, 1), (1, 1), (7, 1), (1000, 3), (1000, 256), (10, 100)] {
            let items: Vec<usize> = (0..len).collect();
            let runs = in_runs(items.clone(), min_run, |run| run).unwrap_or_else(|e| panic!("{e}"));
            let (_, full) = runs.split_last().unwrap_or_else(|| panic!("no run"));
            assert!(full.iter().all(|run| run.len() >= min_run), "{len}/{min_run}");
            assert!(runs.len() <= 8, "{len}/{min_run}");
            assert_eq!(runs.concat(), items, "{len}/{min_run}");
        }
    }
}
