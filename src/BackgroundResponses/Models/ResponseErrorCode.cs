using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The code of a <see cref="ResponseError"/> (spec <c>ResponseErrorCode</c>). An open set: the documented values have named instances, and any other string the
/// server sends is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ResponseErrorCode>))]
public readonly struct ResponseErrorCode : IEquatable<ResponseErrorCode>, IStringValue<ResponseErrorCode>
{
    private const string ServerErrorValue = "server_error";
    private const string RateLimitExceededValue = "rate_limit_exceeded";
    private const string InvalidPromptValue = "invalid_prompt";
    private const string DataResidencyMismatchValue = "data_residency_mismatch";
    private const string BioPolicyValue = "bio_policy";
    private const string VectorStoreTimeoutValue = "vector_store_timeout";
    private const string InvalidImageValue = "invalid_image";
    private const string InvalidImageFormatValue = "invalid_image_format";
    private const string InvalidBase64ImageValue = "invalid_base64_image";
    private const string InvalidImageUrlValue = "invalid_image_url";
    private const string ImageTooLargeValue = "image_too_large";
    private const string ImageTooSmallValue = "image_too_small";
    private const string ImageParseErrorValue = "image_parse_error";
    private const string ImageContentPolicyViolationValue = "image_content_policy_violation";
    private const string InvalidImageModeValue = "invalid_image_mode";
    private const string ImageFileTooLargeValue = "image_file_too_large";
    private const string UnsupportedImageMediaTypeValue = "unsupported_image_media_type";
    private const string EmptyImageFileValue = "empty_image_file";
    private const string FailedToDownloadImageValue = "failed_to_download_image";
    private const string ImageFileNotFoundValue = "image_file_not_found";

    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ResponseErrorCode"/> struct.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ResponseErrorCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets the error code (<c>server_error</c>).</summary>
    public static ResponseErrorCode ServerError { get; } = new(ServerErrorValue);

    /// <summary>Gets the error code (<c>rate_limit_exceeded</c>).</summary>
    public static ResponseErrorCode RateLimitExceeded { get; } = new(RateLimitExceededValue);

    /// <summary>Gets the error code (<c>invalid_prompt</c>).</summary>
    public static ResponseErrorCode InvalidPrompt { get; } = new(InvalidPromptValue);

    /// <summary>Gets the error code (<c>data_residency_mismatch</c>).</summary>
    public static ResponseErrorCode DataResidencyMismatch { get; } = new(DataResidencyMismatchValue);

    /// <summary>Gets the error code (<c>bio_policy</c>).</summary>
    public static ResponseErrorCode BioPolicy { get; } = new(BioPolicyValue);

    /// <summary>Gets the error code (<c>vector_store_timeout</c>).</summary>
    public static ResponseErrorCode VectorStoreTimeout { get; } = new(VectorStoreTimeoutValue);

    /// <summary>Gets the error code (<c>invalid_image</c>).</summary>
    public static ResponseErrorCode InvalidImage { get; } = new(InvalidImageValue);

    /// <summary>Gets the error code (<c>invalid_image_format</c>).</summary>
    public static ResponseErrorCode InvalidImageFormat { get; } = new(InvalidImageFormatValue);

    /// <summary>Gets the error code (<c>invalid_base64_image</c>).</summary>
    public static ResponseErrorCode InvalidBase64Image { get; } = new(InvalidBase64ImageValue);

    /// <summary>Gets the error code (<c>invalid_image_url</c>).</summary>
    public static ResponseErrorCode InvalidImageUrl { get; } = new(InvalidImageUrlValue);

    /// <summary>Gets the error code (<c>image_too_large</c>).</summary>
    public static ResponseErrorCode ImageTooLarge { get; } = new(ImageTooLargeValue);

    /// <summary>Gets the error code (<c>image_too_small</c>).</summary>
    public static ResponseErrorCode ImageTooSmall { get; } = new(ImageTooSmallValue);

    /// <summary>Gets the error code (<c>image_parse_error</c>).</summary>
    public static ResponseErrorCode ImageParseError { get; } = new(ImageParseErrorValue);

    /// <summary>Gets the error code (<c>image_content_policy_violation</c>).</summary>
    public static ResponseErrorCode ImageContentPolicyViolation { get; } = new(ImageContentPolicyViolationValue);

    /// <summary>Gets the error code (<c>invalid_image_mode</c>).</summary>
    public static ResponseErrorCode InvalidImageMode { get; } = new(InvalidImageModeValue);

    /// <summary>Gets the error code (<c>image_file_too_large</c>).</summary>
    public static ResponseErrorCode ImageFileTooLarge { get; } = new(ImageFileTooLargeValue);

    /// <summary>Gets the error code (<c>unsupported_image_media_type</c>).</summary>
    public static ResponseErrorCode UnsupportedImageMediaType { get; } = new(UnsupportedImageMediaTypeValue);

    /// <summary>Gets the error code (<c>empty_image_file</c>).</summary>
    public static ResponseErrorCode EmptyImageFile { get; } = new(EmptyImageFileValue);

    /// <summary>Gets the error code (<c>failed_to_download_image</c>).</summary>
    public static ResponseErrorCode FailedToDownloadImage { get; } = new(FailedToDownloadImageValue);

    /// <summary>Gets the error code (<c>image_file_not_found</c>).</summary>
    public static ResponseErrorCode ImageFileNotFound { get; } = new(ImageFileNotFoundValue);

    /// <summary>Gets the value exactly as the server sent it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether the value is one this SDK has a named instance for.</summary>
    public bool IsKnown => Value is ServerErrorValue or RateLimitExceededValue or InvalidPromptValue or DataResidencyMismatchValue or BioPolicyValue or VectorStoreTimeoutValue or InvalidImageValue or InvalidImageFormatValue or InvalidBase64ImageValue or InvalidImageUrlValue or ImageTooLargeValue or ImageTooSmallValue or ImageParseErrorValue or ImageContentPolicyViolationValue or InvalidImageModeValue or ImageFileTooLargeValue or UnsupportedImageMediaTypeValue or EmptyImageFileValue or FailedToDownloadImageValue or ImageFileNotFoundValue;

    /// <summary>Compares two values by their wire value (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ResponseErrorCode left, ResponseErrorCode right) => left.Equals(right);

    /// <summary>Compares two values by their wire value (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ResponseErrorCode left, ResponseErrorCode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ResponseErrorCode(string value) => new(value);

    static ResponseErrorCode IStringValue<ResponseErrorCode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseErrorCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseErrorCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as the server sent it.</returns>
    public override string ToString() => Value;
}
