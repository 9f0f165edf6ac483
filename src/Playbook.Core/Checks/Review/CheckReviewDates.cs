using System.Globalization;
using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using Playbook.Review;

namespace Playbook.Checks.Review;

/// <summary>Warns about pages, roles, matrices and examples whose review-by date has passed or falls within reviewWarningDays.</summary>
public sealed class CheckReviewDates : CheckModule
{
    protected override void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var warningDays = build.Settings.ReviewWarningDays;
        foreach (var page in new[] { BuildPipelines.Pages, BuildPipelines.Roles, BuildPipelines.Matrices, BuildPipelines.Examples, BuildPipelines.Glossary }.SelectMany(context.Outputs))
        {
            var info = page.Get(Keys.Page);
            if (info.ReviewBy is not { } date)
            {
                continue;
            }

            var location = info.ReviewByLocation ?? SourceLocation.OfFile(page.Get(Keys.File));
            var written = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var who = info.Owner is null ? "its owner (add 'owner:' to say who that is)" : $"its owner ({info.Owner})";
            var hint = $"have {who} review the page, then set 'reviewBy' to the next review date";
            switch (ReviewDates.StateOf(date, build.Today, warningDays))
            {
                case ReviewState.Overdue:
                    context.Diagnostics.Warning(DiagnosticCodes.ReviewOverdue, location, $"the review date {written} has passed ({build.Today.DayNumber - date.DayNumber} days ago)", hint);
                    break;
                case ReviewState.DueSoon:
                    context.Diagnostics.Warning(DiagnosticCodes.ReviewDueSoon, location, $"the review date {written} is in {date.DayNumber - build.Today.DayNumber} days (within reviewWarningDays: {warningDays})", hint);
                    break;
            }
        }
    }
}
