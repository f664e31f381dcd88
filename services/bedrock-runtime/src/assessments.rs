//! What a guardrail found in a request or answer: its policies' assessments, usage and coverage.

use std::collections::BTreeMap;

use aws_operation::aws_shape;

use crate::automated_reasoning::GuardrailAutomatedReasoningPolicyAssessment;

/// A Top level guardrail trace object.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailTraceAssessment {
    /// The output from the model.
    pub model_output: Option<Vec<String>>,
    /// The input assessment.
    pub input_assessment: Option<BTreeMap<String, GuardrailAssessment>>,
    /// the output assessments.
    pub output_assessments: Option<BTreeMap<String, Vec<GuardrailAssessment>>>,
    /// Provides the reason for the action taken when harmful content is detected.
    pub action_reason: Option<String>,
}

/// A behavior assessment of the guardrail policies used in a call to the Converse API.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAssessment {
    /// The topic policy.
    pub topic_policy: Option<GuardrailTopicPolicyAssessment>,
    /// The content policy.
    pub content_policy: Option<GuardrailContentPolicyAssessment>,
    /// The word policy.
    pub word_policy: Option<GuardrailWordPolicyAssessment>,
    /// The sensitive information policy.
    pub sensitive_information_policy: Option<GuardrailSensitiveInformationPolicyAssessment>,
    /// The contextual grounding policy used for the guardrail assessment.
    pub contextual_grounding_policy: Option<GuardrailContextualGroundingPolicyAssessment>,
    /// The automated reasoning policy assessment results, including logical validation findings for the input
    /// content.
    pub automated_reasoning_policy: Option<GuardrailAutomatedReasoningPolicyAssessment>,
    /// The invocation metrics for the guardrail assessment.
    pub invocation_metrics: Option<GuardrailInvocationMetrics>,
    /// Which guardrail was applied, and where it comes from.
    pub applied_guardrail_details: Option<AppliedGuardrailDetails>,
}

/// Details about the specific guardrail that was applied during this assessment, including its identifier,
/// version, ARN, origin, and ownership information.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct AppliedGuardrailDetails {
    /// The unique ID of the guardrail that was applied.
    #[aws(length(min = 0, max = 2048), pattern = "^([a-z0-9]+)$")]
    pub guardrail_id: Option<String>,
    /// The version of the guardrail that was applied.
    #[aws(pattern = "^(|([1-9][0-9]{0,7})|(DRAFT))$")]
    pub guardrail_version: Option<String>,
    /// The ARN of the guardrail that was applied.
    #[aws(
        length(min = 0, max = 2048),
        pattern = "^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+)$"
    )]
    pub guardrail_arn: Option<String>,
    /// The origin of how the guardrail was applied.
    pub guardrail_origin: Option<Vec<GuardrailOrigin>>,
    /// The ownership type of the guardrail, indicating whether it is owned by the requesting account or is a
    /// cross-account guardrail shared from another AWS account.
    pub guardrail_ownership: Option<GuardrailOwnership>,
}

/// Where an applied guardrail comes from: the request, or the account's or organization's enforcement.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailOrigin {
    /// `REQUEST`
    #[aws(value = "REQUEST")]
    Request,
    /// `ACCOUNT_ENFORCED`
    #[aws(value = "ACCOUNT_ENFORCED")]
    AccountEnforced,
    /// `ORGANIZATION_ENFORCED`
    #[aws(value = "ORGANIZATION_ENFORCED")]
    OrganizationEnforced,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The ownership type of the guardrail, indicating whether it is owned by
/// the requesting account or is a cross-account guardrail shared from another AWS account.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailOwnership {
    /// `SELF`
    #[aws(value = "SELF")]
    SelfAccount,
    /// `CROSS_ACCOUNT`
    #[aws(value = "CROSS_ACCOUNT")]
    CrossAccount,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A behavior assessment of a topic policy.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailTopicPolicyAssessment {
    /// The topics in the assessment.
    pub topics: Vec<GuardrailTopic>,
}

/// Information about a topic guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailTopic {
    /// The name for the guardrail.
    pub name: String,
    /// The type behavior that the guardrail should perform when the model detects the topic.
    pub r#type: GuardrailTopicType,
    /// The action the guardrail should take when it intervenes on a topic.
    pub action: GuardrailTopicPolicyAction,
    /// Indicates whether topic content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}

/// The type behavior that the guardrail should perform when the model
/// detects the topic.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailTopicType {
    /// `DENY`
    #[aws(value = "DENY")]
    Deny,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The action the guardrail should take when it intervenes on a topic.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailTopicPolicyAction {
    /// `BLOCKED`
    #[aws(value = "BLOCKED")]
    Blocked,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// An assessment of a content policy for a guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailContentPolicyAssessment {
    /// The content policy filters.
    pub filters: Vec<GuardrailContentFilter>,
}

/// The content filter for a guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailContentFilter {
    /// The guardrail type.
    pub r#type: GuardrailContentFilterType,
    /// The guardrail confidence.
    pub confidence: GuardrailContentFilterConfidence,
    /// The filter strength setting for the guardrail content filter.
    pub filter_strength: Option<GuardrailContentFilterStrength>,
    /// The guardrail action.
    pub action: GuardrailContentPolicyAction,
    /// Indicates whether content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}

/// The guardrail type.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailContentFilterType {
    /// `INSULTS`
    #[aws(value = "INSULTS")]
    Insults,
    /// `HATE`
    #[aws(value = "HATE")]
    Hate,
    /// `SEXUAL`
    #[aws(value = "SEXUAL")]
    Sexual,
    /// `VIOLENCE`
    #[aws(value = "VIOLENCE")]
    Violence,
    /// `MISCONDUCT`
    #[aws(value = "MISCONDUCT")]
    Misconduct,
    /// `PROMPT_ATTACK`
    #[aws(value = "PROMPT_ATTACK")]
    PromptAttack,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The guardrail confidence.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailContentFilterConfidence {
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// `LOW`
    #[aws(value = "LOW")]
    Low,
    /// `MEDIUM`
    #[aws(value = "MEDIUM")]
    Medium,
    /// `HIGH`
    #[aws(value = "HIGH")]
    High,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The filter strength setting for the guardrail content filter.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailContentFilterStrength {
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// `LOW`
    #[aws(value = "LOW")]
    Low,
    /// `MEDIUM`
    #[aws(value = "MEDIUM")]
    Medium,
    /// `HIGH`
    #[aws(value = "HIGH")]
    High,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The guardrail action.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailContentPolicyAction {
    /// `BLOCKED`
    #[aws(value = "BLOCKED")]
    Blocked,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The word policy assessment.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailWordPolicyAssessment {
    /// Custom words in the assessment.
    pub custom_words: Vec<GuardrailCustomWord>,
    /// Managed word lists in the assessment.
    pub managed_word_lists: Vec<GuardrailManagedWord>,
}

/// A custom word configured in a guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailCustomWord {
    /// The match for the custom word.
    pub r#match: String,
    /// The action for the custom word.
    pub action: GuardrailWordPolicyAction,
    /// Indicates whether custom word content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}

/// A managed word configured in a guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailManagedWord {
    /// The match for the managed word.
    pub r#match: String,
    /// The type for the managed word.
    pub r#type: GuardrailManagedWordType,
    /// The action for the managed word.
    pub action: GuardrailWordPolicyAction,
    /// Indicates whether managed word content that breaches the guardrail configuration is detected.
    pub detected: Option<bool>,
}

/// The type for the managed word.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailManagedWordType {
    /// `PROFANITY`
    #[aws(value = "PROFANITY")]
    Profanity,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The action for the custom word.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailWordPolicyAction {
    /// `BLOCKED`
    #[aws(value = "BLOCKED")]
    Blocked,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The assessment for a Personally Identifiable Information (PII) policy.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailSensitiveInformationPolicyAssessment {
    /// The PII entities in the assessment.
    pub pii_entities: Vec<GuardrailPiiEntityFilter>,
    /// The regex queries in the assessment.
    pub regexes: Vec<GuardrailRegexFilter>,
}

/// A Personally Identifiable Information (PII) entity configured in a guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailPiiEntityFilter {
    /// The PII entity filter match.
    pub r#match: String,
    /// The PII entity filter type.
    pub r#type: GuardrailPiiEntityType,
    /// The PII entity filter action.
    pub action: GuardrailSensitiveInformationPolicyAction,
    /// Indicates whether personally identifiable information (PII) that breaches the guardrail configuration
    /// is detected.
    pub detected: Option<bool>,
}

/// The PII entity filter type.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailPiiEntityType {
    /// `ADDRESS`
    #[aws(value = "ADDRESS")]
    Address,
    /// `AGE`
    #[aws(value = "AGE")]
    Age,
    /// `AWS_ACCESS_KEY`
    #[aws(value = "AWS_ACCESS_KEY")]
    AwsAccessKey,
    /// `AWS_SECRET_KEY`
    #[aws(value = "AWS_SECRET_KEY")]
    AwsSecretKey,
    /// `CA_HEALTH_NUMBER`
    #[aws(value = "CA_HEALTH_NUMBER")]
    CaHealthNumber,
    /// `CA_SOCIAL_INSURANCE_NUMBER`
    #[aws(value = "CA_SOCIAL_INSURANCE_NUMBER")]
    CaSocialInsuranceNumber,
    /// `CREDIT_DEBIT_CARD_CVV`
    #[aws(value = "CREDIT_DEBIT_CARD_CVV")]
    CreditDebitCardCvv,
    /// `CREDIT_DEBIT_CARD_EXPIRY`
    #[aws(value = "CREDIT_DEBIT_CARD_EXPIRY")]
    CreditDebitCardExpiry,
    /// `CREDIT_DEBIT_CARD_NUMBER`
    #[aws(value = "CREDIT_DEBIT_CARD_NUMBER")]
    CreditDebitCardNumber,
    /// `DRIVER_ID`
    #[aws(value = "DRIVER_ID")]
    DriverId,
    /// `EMAIL`
    #[aws(value = "EMAIL")]
    Email,
    /// `INTERNATIONAL_BANK_ACCOUNT_NUMBER`
    #[aws(value = "INTERNATIONAL_BANK_ACCOUNT_NUMBER")]
    InternationalBankAccountNumber,
    /// `IP_ADDRESS`
    #[aws(value = "IP_ADDRESS")]
    IpAddress,
    /// `LICENSE_PLATE`
    #[aws(value = "LICENSE_PLATE")]
    LicensePlate,
    /// `MAC_ADDRESS`
    #[aws(value = "MAC_ADDRESS")]
    MacAddress,
    /// `NAME`
    #[aws(value = "NAME")]
    Name,
    /// `PASSWORD`
    #[aws(value = "PASSWORD")]
    Password,
    /// `PHONE`
    #[aws(value = "PHONE")]
    Phone,
    /// `PIN`
    #[aws(value = "PIN")]
    Pin,
    /// `SWIFT_CODE`
    #[aws(value = "SWIFT_CODE")]
    SwiftCode,
    /// `UK_NATIONAL_HEALTH_SERVICE_NUMBER`
    #[aws(value = "UK_NATIONAL_HEALTH_SERVICE_NUMBER")]
    UkNationalHealthServiceNumber,
    /// `UK_NATIONAL_INSURANCE_NUMBER`
    #[aws(value = "UK_NATIONAL_INSURANCE_NUMBER")]
    UkNationalInsuranceNumber,
    /// `UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER`
    #[aws(value = "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER")]
    UkUniqueTaxpayerReferenceNumber,
    /// `URL`
    #[aws(value = "URL")]
    Url,
    /// `USERNAME`
    #[aws(value = "USERNAME")]
    Username,
    /// `US_BANK_ACCOUNT_NUMBER`
    #[aws(value = "US_BANK_ACCOUNT_NUMBER")]
    UsBankAccountNumber,
    /// `US_BANK_ROUTING_NUMBER`
    #[aws(value = "US_BANK_ROUTING_NUMBER")]
    UsBankRoutingNumber,
    /// `US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER`
    #[aws(value = "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER")]
    UsIndividualTaxIdentificationNumber,
    /// `US_PASSPORT_NUMBER`
    #[aws(value = "US_PASSPORT_NUMBER")]
    UsPassportNumber,
    /// `US_SOCIAL_SECURITY_NUMBER`
    #[aws(value = "US_SOCIAL_SECURITY_NUMBER")]
    UsSocialSecurityNumber,
    /// `VEHICLE_IDENTIFICATION_NUMBER`
    #[aws(value = "VEHICLE_IDENTIFICATION_NUMBER")]
    VehicleIdentificationNumber,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A Regex filter configured in a guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailRegexFilter {
    /// The regex filter name.
    pub name: Option<String>,
    /// The regesx filter match.
    pub r#match: Option<String>,
    /// The regex query.
    pub regex: Option<String>,
    /// The region filter action.
    pub action: GuardrailSensitiveInformationPolicyAction,
    /// Indicates whether custom regex entities that breach the guardrail configuration are detected.
    pub detected: Option<bool>,
}

/// The PII entity filter action.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailSensitiveInformationPolicyAction {
    /// `ANONYMIZED`
    #[aws(value = "ANONYMIZED")]
    Anonymized,
    /// `BLOCKED`
    #[aws(value = "BLOCKED")]
    Blocked,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The policy assessment details for the guardrails contextual grounding filter.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailContextualGroundingPolicyAssessment {
    /// The filter details for the guardrails contextual grounding filter.
    pub filters: Option<Vec<GuardrailContextualGroundingFilter>>,
}

/// The details for the guardrails contextual grounding filter.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailContextualGroundingFilter {
    /// The contextual grounding filter type.
    pub r#type: GuardrailContextualGroundingFilterType,
    /// The threshold used by contextual grounding filter to determine whether the content is grounded or not.
    #[aws(range(min = 0, max = 1))]
    pub threshold: f64,
    /// The score generated by contextual grounding filter.
    #[aws(range(min = 0, max = 1))]
    pub score: f64,
    /// The action performed by the guardrails contextual grounding filter.
    pub action: GuardrailContextualGroundingPolicyAction,
    /// Indicates whether content that fails the contextual grounding evaluation (grounding or relevance score
    /// less than the corresponding threshold) was detected.
    pub detected: Option<bool>,
}

/// The contextual grounding filter type.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailContextualGroundingFilterType {
    /// `GROUNDING`
    #[aws(value = "GROUNDING")]
    Grounding,
    /// `RELEVANCE`
    #[aws(value = "RELEVANCE")]
    Relevance,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The action performed by the guardrails contextual grounding filter.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailContextualGroundingPolicyAction {
    /// `BLOCKED`
    #[aws(value = "BLOCKED")]
    Blocked,
    /// `NONE`
    #[aws(value = "NONE")]
    None,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The invocation metrics for the guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailInvocationMetrics {
    /// The processing latency details for the guardrail invocation metrics.
    pub guardrail_processing_latency: Option<i64>,
    /// The usage details for the guardrail invocation metrics.
    pub usage: Option<GuardrailUsage>,
    /// The coverage details for the guardrail invocation metrics.
    pub guardrail_coverage: Option<GuardrailCoverage>,
}

/// The details on the use of the guardrail.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailUsage {
    /// The topic policy units processed by the guardrail.
    pub topic_policy_units: i32,
    /// The content policy units processed by the guardrail.
    pub content_policy_units: i32,
    /// The word policy units processed by the guardrail.
    pub word_policy_units: i32,
    /// The sensitive information policy units processed by the guardrail.
    pub sensitive_information_policy_units: i32,
    /// The sensitive information policy free units processed by the guardrail.
    pub sensitive_information_policy_free_units: i32,
    /// The contextual grounding policy units processed by the guardrail.
    pub contextual_grounding_policy_units: i32,
    /// The content policy image units processed by the guardrail.
    pub content_policy_image_units: Option<i32>,
    /// The number of text units processed by the automated reasoning policy.
    pub automated_reasoning_policy_units: Option<i32>,
    /// The number of automated reasoning policies that were processed during the guardrail evaluation.
    pub automated_reasoning_policies: Option<i32>,
}

/// The action of the guardrail coverage details.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailCoverage {
    /// The text characters of the guardrail coverage details.
    pub text_characters: Option<GuardrailTextCharactersCoverage>,
    /// The guardrail coverage for images (the number of images that guardrails guarded).
    pub images: Option<GuardrailImageCoverage>,
}

/// The guardrail coverage for the text characters.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailTextCharactersCoverage {
    /// The text characters that were guarded by the guardrail coverage.
    pub guarded: Option<i32>,
    /// The total text characters by the guardrail coverage.
    pub total: Option<i32>,
}

/// The details of the guardrail image coverage.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailImageCoverage {
    /// The count (integer) of images guardrails guarded.
    pub guarded: Option<i32>,
    /// Represents the total number of images (integer) that were in the request (guarded and unguarded).
    pub total: Option<i32>,
}
