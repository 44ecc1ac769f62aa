namespace Safeguarding.Adolescents.Intelligence;

internal static class Uk
{
    /// <summary>An instant as UK wall-clock time (the offset says GMT or BST).</summary>
    public static DateTimeOffset? Time(DateTimeOffset? instant) => instant is { } i ? UkTime.ToUk(i) : null;
}
