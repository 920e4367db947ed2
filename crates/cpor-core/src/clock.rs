//! The claim clocks: business-day arithmetic (weekends skipped, an optional
//! holiday list) and every deadline of the lifecycle.
//!
//! A deadline "within n business days" of an event on day D is the n-th
//! business day after D: an event on Friday with a 5-day clock is due the
//! next Friday. Calendar-day windows (the customer's 7-day opt-out, the
//! 30-day dispute window) count every day.

use std::collections::BTreeSet;

use cpor_i18n::{msg, Text};

use crate::date::Date;

/// Business days reviewers have to start a review after submission.
pub const REVIEW_START_BUSINESS_DAYS: u32 = 5;
/// Business days reviewers have to decide once the review started.
pub const REVIEW_DECISION_BUSINESS_DAYS: u32 = 5;
/// Business days the partner has to answer "Partner action required".
pub const PARTNER_RESPONSE_BUSINESS_DAYS: u32 = 5;
/// Business days reviewers have to answer a dispute.
pub const DISPUTE_DECISION_BUSINESS_DAYS: u32 = 5;
/// Calendar days the customer may opt out after approval.
pub const OPT_OUT_DAYS: i32 = 7;
/// Calendar days the partner may dispute a rejection.
pub const DISPUTE_WINDOW_DAYS: i32 = 30;

/// Which days count as business days: Monday to Friday, less holidays.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BusinessCalendar {
    holidays: BTreeSet<Date>,
}

impl BusinessCalendar {
    /// A calendar that skips weekends only.
    pub fn weekends_only() -> Self {
        Self::default()
    }

    /// A calendar that also skips the given holidays.
    pub fn with_holidays(holidays: impl IntoIterator<Item = Date>) -> Self {
        Self { holidays: holidays.into_iter().collect() }
    }

    /// Whether `day` is a business day.
    pub fn is_business_day(&self, day: Date) -> bool {
        !day.weekday().is_weekend() && !self.holidays.contains(&day)
    }

    /// The `n`-th business day after `from` (`from` itself when `n` is 0 and
    /// it is a business day, else the next business day).
    pub fn add_business_days(&self, from: Date, n: u32) -> Date {
        let mut day = from;
        if n == 0 {
            while !self.is_business_day(day) {
                day = day.add_days(1);
            }
            return day;
        }
        let mut left = n;
        while left > 0 {
            day = day.add_days(1);
            if self.is_business_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// Business days after `today` up to and including `due`: 0 when due
    /// today or past (see [`Countdown`] for the wording).
    pub fn business_days_left(&self, today: Date, due: Date) -> u32 {
        let mut count = 0;
        let mut day = today;
        while day < due {
            day = day.add_days(1);
            if self.is_business_day(day) {
                count += 1;
            }
        }
        count
    }

    /// How a deadline reads on `today`.
    pub fn countdown(&self, today: Date, due: Date) -> Countdown {
        if due < today {
            Countdown::Overdue { days: today.days_until(due).unsigned_abs() }
        } else if due == today {
            Countdown::DueToday
        } else {
            Countdown::Left { business_days: self.business_days_left(today, due) }
        }
    }
}

/// A deadline seen from today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Countdown {
    /// Still ahead.
    Left {
        /// Business days left.
        business_days: u32,
    },
    /// Due today.
    DueToday,
    /// Passed.
    Overdue {
        /// Calendar days past.
        days: u32,
    },
}

impl Countdown {
    /// "3 business days left", "Due today", "2 days overdue", as a
    /// message.
    pub fn text(self) -> Text {
        match self {
            Self::Left { business_days } => Text::new(msg::CLOCK_LEFT, [business_days.into()]),
            Self::DueToday => msg::CLOCK_DUE_TODAY.into(),
            Self::Overdue { days } => Text::new(msg::CLOCK_OVERDUE, [days.into()]),
        }
    }

    /// [`Countdown::text`] in the current language.
    pub fn describe(self) -> String {
        self.text().to_string()
    }
}

/// Every deadline of the lifecycle, from the date of the event that starts
/// its clock.
impl BusinessCalendar {
    /// Review must start by this day after submission on `submitted`.
    pub fn review_start_due(&self, submitted: Date) -> Date {
        self.add_business_days(submitted, REVIEW_START_BUSINESS_DAYS)
    }

    /// A decision is due by this day after the review started on `started`.
    pub fn review_decision_due(&self, started: Date) -> Date {
        self.add_business_days(started, REVIEW_DECISION_BUSINESS_DAYS)
    }

    /// The partner must answer by this day after information was requested
    /// on `requested`, else the claim is rejected (no partner response).
    pub fn partner_response_due(&self, requested: Date) -> Date {
        self.add_business_days(requested, PARTNER_RESPONSE_BUSINESS_DAYS)
    }

    /// Reviewers answer a dispute filed on `disputed` by this day.
    pub fn dispute_decision_due(&self, disputed: Date) -> Date {
        self.add_business_days(disputed, DISPUTE_DECISION_BUSINESS_DAYS)
    }

    /// The last day the customer may opt out of a claim approved on
    /// `approved`; afterwards it goes on to incentive eligibility.
    pub fn opt_out_end(&self, approved: Date) -> Date {
        approved.add_days(OPT_OUT_DAYS)
    }

    /// The last day a claim rejected on `rejected` may be disputed;
    /// afterwards only a new claim.
    pub fn dispute_window_end(&self, rejected: Date) -> Date {
        rejected.add_days(DISPUTE_WINDOW_DAYS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn five_business_days_skip_the_weekend() {
        let cal = BusinessCalendar::weekends_only();
        let table = [
            ("2026-11-23", "2026-11-30"), // Monday → next Monday
            ("2026-11-27", "2026-12-04"), // Friday → next Friday
            ("2026-11-28", "2026-12-04"), // Saturday → Friday
            ("2026-11-29", "2026-12-04"), // Sunday → Friday
        ];
        for (from, due) in table {
            assert_eq!(cal.review_start_due(d(from)), d(due), "{from}");
        }
    }

    #[test]
    fn holidays_are_skipped() {
        let cal = BusinessCalendar::with_holidays([d("2026-11-26"), d("2026-11-27")]);
        assert_eq!(cal.partner_response_due(d("2026-11-25")), d("2026-12-04"));
        assert!(!cal.is_business_day(d("2026-11-26")));
        assert_eq!(cal.add_business_days(d("2026-11-26"), 0), d("2026-11-30"));
    }

    #[test]
    fn calendar_windows_count_every_day() {
        let cal = BusinessCalendar::weekends_only();
        assert_eq!(cal.opt_out_end(d("2026-11-24")), d("2026-12-01"));
        assert_eq!(cal.dispute_window_end(d("2026-11-24")), d("2026-12-24"));
    }

    #[test]
    fn countdown_wording() {
        let cal = BusinessCalendar::weekends_only();
        let fri = d("2026-11-27");
        assert_eq!(cal.countdown(d("2026-11-23"), fri).describe(), "4 business days left");
        assert_eq!(cal.countdown(d("2026-11-26"), fri).describe(), "1 business day left");
        assert_eq!(cal.countdown(fri, fri).describe(), "Due today");
        assert_eq!(cal.countdown(d("2026-11-30"), fri).describe(), "3 days overdue");
        // Over a weekend: Friday to Monday is one business day.
        assert_eq!(cal.business_days_left(fri, d("2026-11-30")), 1);
    }
}
