namespace Playbook.Review;

/// <summary>Where a page stands against its review-by date.</summary>
public enum ReviewState
{
    /// <summary>No review date, or one further away than reviewWarningDays.</summary>
    Current,

    /// <summary>The review date falls within reviewWarningDays from today.</summary>
    DueSoon,

    /// <summary>The review date has passed.</summary>
    Overdue,
}

/// <summary>Compares review-by dates with the build's date (injected, so output never depends on the clock in tests).</summary>
public static class ReviewDates
{
    public static ReviewState StateOf(DateOnly? reviewBy, DateOnly today, int warningDays) =>
        reviewBy switch
        {
            null => ReviewState.Current,
            { } date when date < today => ReviewState.Overdue,
            { } date when date.DayNumber - today.DayNumber <= warningDays => ReviewState.DueSoon,
            _ => ReviewState.Current,
        };
}
