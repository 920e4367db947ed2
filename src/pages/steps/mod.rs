//! The six steps of a new claim, one module each: its view and its
//! `verdict` (what keeps the partner on it, and whether an answer from the
//! server is still awaited).

pub mod answers;
pub mod customer;
pub mod details;
pub mod evidence;
pub mod existing;
pub mod products;
pub mod role;
pub mod verdicts;
