using Fluid;

namespace Playbook.Theming;

/// <summary>The view records templates may read, registered with Fluid one by one.</summary>
/// <remarks>
/// Named here rather than found by scanning the assembly, so a trimmed or NativeAOT publish keeps their public
/// properties (Fluid reads them by reflection). A test checks that every *View type of this namespace is listed.
/// </remarks>
internal static class ThemeViewTypes
{
    public static void RegisterAll(MemberAccessStrategy strategy)
    {
        strategy.Register<ActivityView>();
        strategy.Register<AssignmentView>();
        strategy.Register<CellView>();
        strategy.Register<ChangeView>();
        strategy.Register<CompetencyView>();
        strategy.Register<ContactView>();
        strategy.Register<DownloadView>();
        strategy.Register<ExampleView>();
        strategy.Register<GlossaryTermView>();
        strategy.Register<GlossaryView>();
        strategy.Register<HomeView>();
        strategy.Register<JobProfileView>();
        strategy.Register<JobView>();
        strategy.Register<LetterCountView>();
        strategy.Register<LetterView>();
        strategy.Register<LinkView>();
        strategy.Register<MandateView>();
        strategy.Register<MatrixView>();
        strategy.Register<NavItemView>();
        strategy.Register<PageView>();
        strategy.Register<QuestionView>();
        strategy.Register<ResultAreaView>();
        strategy.Register<ReviewGroupView>();
        strategy.Register<ReviewItemView>();
        strategy.Register<RoleGuideView>();
        strategy.Register<RoleJobView>();
        strategy.Register<RoleRefView>();
        strategy.Register<RoleView>();
        strategy.Register<SiteView>();
        strategy.Register<SizeView>();
        strategy.Register<StepView>();
        strategy.Register<TocItemView>();
    }
}
