// The NHS number check lives in the shared kernel now; the GraphQL layer's older copy is removed when the subject
// registry moves onto it. Until then both are visible to tests that import both namespaces: tests mean the kernel's.
global using NhsNumber = Safeguarding.SharedKernel.Subjects.NhsNumber;
