namespace Ibkr.Silo.Storage;

/// <summary>A SQLite grain storage operation failed for a reason other than an ETag conflict.</summary>
public sealed class SqliteGrainStorageException : Exception
{
    public SqliteGrainStorageException()
    {
    }

    public SqliteGrainStorageException(string message)
        : base(message)
    {
    }

    public SqliteGrainStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
