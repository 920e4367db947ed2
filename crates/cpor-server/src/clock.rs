//! The server's clock: today's date, injectable so tests pin it and the
//! demo can move it forward to show the lifecycle's deadlines passing.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use cpor_core::Date;

/// Today's date for every rule and deadline of the server.
#[derive(Clone, Debug)]
pub struct Clock {
    base: Option<Date>,
    offset_days: Arc<AtomicI32>,
}

impl Clock {
    /// The real date (UTC).
    pub fn system() -> Self {
        Self { base: None, offset_days: Arc::default() }
    }

    /// A clock stopped on `date` (tests).
    pub fn fixed(date: Date) -> Self {
        Self { base: Some(date), offset_days: Arc::default() }
    }

    /// Today.
    pub fn today(&self) -> Date {
        let base = self.base.unwrap_or_else(|| {
            let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
            Date::from_days_since_epoch(i32::try_from(secs / 86_400).unwrap_or(i32::MAX))
        });
        base.add_days(self.offset_days.load(Ordering::Relaxed))
    }

    /// Moves the clock forward by `days` (demo mode and tests).
    pub fn advance(&self, days: i32) {
        self.offset_days.fetch_add(days, Ordering::Relaxed);
    }

    /// How many days the clock was moved forward in all.
    pub fn offset_days(&self) -> i32 {
        self.offset_days.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_clocks_move_only_when_told() {
        let clock = Clock::fixed(Date::parse("2026-11-24").unwrap());
        assert_eq!(clock.today().to_string(), "2026-11-24");
        clock.clone().advance(8);
        assert_eq!(clock.today().to_string(), "2026-12-02");
        assert!(Clock::system().today() > Date::parse("2026-01-01").unwrap());
    }
}
