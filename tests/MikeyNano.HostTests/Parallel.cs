using Microsoft.VisualStudio.TestTools.UnitTesting;

// Test classes run in parallel on the two cores CI has; tests inside a class run in order.
[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.ClassLevel)]
