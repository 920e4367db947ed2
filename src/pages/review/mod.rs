//! The reviewers' side: the queue by due date with its SLA state (`queue`),
//! and a claim's review page (`page`): the claim, its files to download,
//! comments and history, the decisions its status allows (`decisions`), the
//! competing claims side by side with the arbitration decision
//! (`arbitration`), and, in the demo, the customer's opt-out link.

mod arbitration;
mod decisions;
mod page;
mod queue;

pub use page::ReviewPage;
pub use queue::ReviewQueue;
