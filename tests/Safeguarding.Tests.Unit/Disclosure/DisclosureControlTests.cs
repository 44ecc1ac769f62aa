using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.SharedKernel.Disclosure;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Tests.Unit.Disclosure;

/// <summary>
/// The small-number rule: counts of 1 to 4 people withheld by themselves, the figures that would give one away withheld
/// with them (in a row, a column, a figure and its complement), zero shown unless configured otherwise, and the
/// threshold taken from configuration.
/// </summary>
public sealed class DisclosureControlTests
{
    private static readonly DisclosureControl Rule = new(5, zeroShown: true);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(10_366, false)]
    public void Counts_of_1_to_4_are_withheld_and_0_and_5_are_shown(int count, bool withheld)
    {
        Assert.Equal(withheld, Rule.IsSmall(count));
        var shown = Rule.Count(count);
        Assert.Equal(withheld, shown.Suppressed);
        Assert.Equal(withheld ? null : count, shown.Value);
    }

    [Fact]
    public void A_withheld_count_has_no_value_never_a_zero_and_a_missing_figure_is_not_withheld()
    {
        Assert.Equal(new Disclosed<int>(null, true), Rule.Count(3));
        Assert.Equal(new Disclosed<int>(null, false), Rule.Count(null));
    }

    [Fact]
    public void Zero_is_withheld_too_when_the_configuration_says_it_is_not_shown()
    {
        var rule = new DisclosureControl(5, zeroShown: false);
        Assert.True(rule.IsSmall(0));
        Assert.True(rule.Count(0).Suppressed);
        Assert.Equal("from 0 to 4", rule.SmallWords);
        Assert.Equal("fewer than 5", Rule.SmallWords);
    }

    [Fact]
    public void Exact_withholds_nothing_even_in_a_table()
    {
        var table = DisclosureControl.Exact.Table();
        var cells = new[] { table.Count(1), table.Count(40) };
        var total = table.Total(cells);
        Assert.Equal([1, 40, 41], new[] { cells[0], cells[1], total }.Select(c => table[c].Value));
        Assert.False(DisclosureControl.Exact.Count(2).Suppressed);
    }

    [Fact]
    public void A_total_with_one_small_cell_withholds_the_next_smallest_cell_of_the_row_too()
    {
        var table = Rule.Table();
        var cells = new[] { table.Count(20), table.Count(3), table.Count(10), table.Count(12) };
        var total = table.Total(cells);
        Assert.Equal([false, true, true, false], cells.Select(table.IsWithheld));
        Assert.Equal(45, table[total].Value); // the total stays: 20 + 12 + the two withheld
    }

    [Fact]
    public void Among_equal_cells_the_one_entered_first_is_withheld_so_the_same_figures_always_give_the_same_answer()
    {
        bool[] Withheld()
        {
            var table = Rule.Table();
            var cells = new[] { table.Count(2), table.Count(10), table.Count(10) };
            table.Total(cells);
            return cells.Select(table.IsWithheld).ToArray();
        }
        Assert.Equal([true, true, false], Withheld());
        Assert.Equal(Withheld(), Withheld());
    }

    [Fact]
    public void A_zero_is_not_withheld_to_protect_another_cell_because_it_protects_nothing()
    {
        var table = Rule.Table();
        var cells = new[] { table.Count(3), table.Count(0), table.Count(9) };
        table.Total(cells);
        Assert.Equal([true, false, true], cells.Select(table.IsWithheld));
    }

    [Fact]
    public void Two_small_cells_protect_each_other_and_the_total_is_shown()
    {
        var table = Rule.Table();
        var cells = new[] { table.Count(2), table.Count(4), table.Count(30) };
        var total = table.Total(cells);
        Assert.Equal([true, true, false], cells.Select(table.IsWithheld));
        Assert.Equal(36, table[total].Value);
    }

    [Fact]
    public void A_small_total_is_withheld_with_its_cells()
    {
        var table = Rule.Table();
        var cells = new[] { table.Count(3), table.Count(0) };
        var total = table.Total(cells);
        Assert.True(table.IsWithheld(total));
        Assert.Equal([true, false], cells.Select(table.IsWithheld));
    }

    [Fact]
    public void When_no_other_cell_can_be_withheld_the_total_is()
    {
        // The other cell is not shown (the reader could only work it out from the total), so withholding it hides nothing.
        var table = Rule.Table();
        var small = table.Count(3);
        var rest = table.Unshown(40);
        var total = table.Count(43);
        table.Sum(total, [small, rest]);
        Assert.True(table.IsWithheld(small));
        Assert.True(table.IsWithheld(total));
    }

    [Fact]
    public void A_count_another_field_shows_by_itself_is_withheld_to_protect_another_only_as_a_last_resort()
    {
        var table = Rule.Table();
        var (small, elsewhere, here) = (table.Count(2), table.ShownElsewhere(10), table.Count(20));
        table.Total([small, elsewhere, here]);
        Assert.Equal([true, false, true], new[] { small, elsewhere, here }.Select(table.IsWithheld));

        // A year made of quarters each shown by itself: with one small quarter, the year is what can be withheld.
        var year = Rule.Table();
        var quarters = new[] { 3, 40, 50, 60 }.Select(year.ShownElsewhere).ToList();
        var total = year.Total(quarters);
        Assert.True(year.IsWithheld(total));
        Assert.Equal([true, false, false, false], quarters.Select(year.IsWithheld));
    }

    [Fact]
    public void A_figure_whose_complement_is_small_is_withheld_with_the_rates_made_from_it()
    {
        // 17 of 20 reviews decided in time: the 3 decided late are given away by 20 - 17.
        var table = Rule.Table();
        var inTime = table.Count(17);
        var late = table.Unshown(3);
        var decided = table.Count(20);
        table.Sum(decided, [inTime, late]);
        Assert.True(table.IsWithheld(inTime));
        Assert.Equal(20, table[decided].Value);
        Assert.True(table.Rate(85m, inTime, decided).Suppressed);
        Assert.Equal(85m, Rule.Table().Rate(85m).Value);
    }

    [Theory]
    [InlineData(97, 100, true)]   // 3 not: the rest is small
    [InlineData(3, 100, true)]
    [InlineData(3, 3, true)]      // 100% of three children
    [InlineData(50, 100, false)]
    [InlineData(0, 10, false)]    // none of ten: zero is shown
    [InlineData(10, 10, false)]
    public void A_rate_is_withheld_when_its_part_its_whole_or_the_rest_is_small(int part, int whole, bool withheld) =>
        Assert.Equal(withheld, Rule.Rate(100m * part / whole, part, whole).Suppressed);

    [Fact]
    public void In_a_table_of_rows_and_columns_each_row_and_column_keeps_at_least_two_withheld_or_none()
    {
        //            a    b    c   total
        // first      2   10   10     22
        // second     8    9   12     29
        // total     10   19   22     51
        var table = Rule.Table();
        int[][] values = [[2, 10, 10], [8, 9, 12]];
        var cells = values.Select(row => row.Select(table.Count).ToArray()).ToArray();
        var rowTotals = cells.Select(row => table.Total(row)).ToArray();
        var columnTotals = Enumerable.Range(0, 3).Select(c => table.Total(cells.Select(row => row[c]).ToArray())).ToArray();
        var grand = table.Total(columnTotals);
        table.Sum(grand, rowTotals);

        Assert.Equal([[true, true, false], [true, true, false]], cells.Select(row => row.Select(table.IsWithheld).ToArray()));
        Assert.All(rowTotals.Concat(columnTotals).Append(grand), t => Assert.False(table.IsWithheld(t)));
    }

    [Fact]
    public void However_the_counts_fall_no_small_count_is_shown_and_no_sum_has_exactly_one_withheld()
    {
        var random = new Random(20240331);
        for (var run = 0; run < 500; run++)
        {
            var rule = new DisclosureControl(random.Next(3, 11), random.Next(2) == 0);
            var table = rule.Table();
            var rows = random.Next(1, 5);
            var columns = random.Next(1, 6);
            var values = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns).Select(_ => random.Next(0, 3) == 0 ? random.Next(0, 5) : random.Next(0, 40)).ToArray()).ToArray();
            var cells = values.Select(row => row.Select(table.Count).ToArray()).ToArray();
            var sums = new List<(CountCell Total, CountCell[] Cells)>();
            foreach (var row in cells) sums.Add((table.Total(row), row));
            var columnTotals = new List<CountCell>();
            for (var c = 0; c < columns; c++)
            {
                var column = cells.Select(row => row[c]).ToArray();
                var total = table.Total(column);
                columnTotals.Add(total);
                sums.Add((total, column));
            }
            var grand = table.Total(columnTotals);
            table.Sum(grand, sums.Take(rows).Select(s => s.Total));
            sums.Add((grand, columnTotals.ToArray()));
            sums.Add((grand, sums.Take(rows).Select(s => s.Total).ToArray()));

            foreach (var (total, members) in sums)
            {
                Assert.NotEqual(1, members.Append(total).Count(table.IsWithheld));
                foreach (var cell in members.Append(total))
                    if (table.IsWithheld(cell)) Assert.Null(table[cell].Value);
                    else Assert.False(rule.IsSmall(table[cell].Value!.Value));
            }
        }
    }

    [Fact]
    public void A_table_is_entered_whole_before_it_is_read()
    {
        var table = Rule.Table();
        var cell = table.Count(3);
        _ = table[cell];
        Assert.Throws<InvalidOperationException>(() => table.Count(4));
    }

    private static IServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOptions<DisclosureOptions>().BindConfiguration(DisclosureOptions.Section).ValidateDataAnnotations();
        services.AddSingleton<SmallNumbers>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_threshold_and_whether_zero_is_shown_come_from_configuration()
    {
        var rule = Services(new() { ["Disclosure:Threshold"] = "10", ["Disclosure:ShowZero"] = "false" }).GetRequiredService<SmallNumbers>().Published;
        Assert.Equal(10, rule.Threshold);
        Assert.True(rule.IsSmall(9));
        Assert.True(rule.IsSmall(0));
        Assert.False(rule.IsSmall(10));

        var byDefault = Services([]).GetRequiredService<SmallNumbers>().Published;
        Assert.Equal(5, byDefault.Threshold);
        Assert.True(byDefault.ZeroShown);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("101")]
    public void A_threshold_that_would_protect_nobody_is_refused(string threshold)
    {
        var services = Services(new() { ["Disclosure:Threshold"] = threshold });
        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<SmallNumbers>());
        Assert.Contains("Threshold", refused.Message);
    }

    private static ClaimsPrincipal Person(string role, params string[] groups) => new(new ClaimsIdentity(
        groups.Select(g => new Claim(PartnershipClaims.WorkingGroup, g)).Append(new Claim(ClaimTypes.Role, role)), "test"));

    [Fact]
    public void The_group_holding_the_records_reads_them_exactly_and_everyone_else_by_the_rule()
    {
        var numbers = Services([]).GetRequiredService<SmallNumbers>();
        Assert.Same(DisclosureControl.Exact, numbers.For(Person(PartnershipRoles.Practitioner, "Csa"), "Csa"));
        Assert.Same(numbers.Published, numbers.For(Person(PartnershipRoles.Practitioner, "Neglect"), "Csa"));
        Assert.Same(numbers.Published, numbers.For(Person(PartnershipRoles.Scrutineer), "Csa"));
        Assert.Same(numbers.Published, numbers.For(Person(PartnershipRoles.Administrator), "Csa"));
        Assert.Same(DisclosureControl.Exact, numbers.For(Person(PartnershipRoles.Administrator), "Scrutiny", Access.Administrator));
        Assert.Same(numbers.Published, numbers.For(null, "Csa"));
    }
}
