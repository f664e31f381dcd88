//! The findings of a guardrail's automated reasoning policy.

use aws_operation::{UnknownMember, aws_shape};

/// Contains the results of automated reasoning policy evaluation, including logical findings about the
/// validity of claims made in the input content.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningPolicyAssessment {
    /// List of logical validation results produced by evaluating the input content against automated
    /// reasoning policies.
    pub findings: Option<Vec<GuardrailAutomatedReasoningFinding>>,
}

/// Represents a logical validation result from automated reasoning policy evaluation.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum GuardrailAutomatedReasoningFinding {
    /// Contains the result when the automated reasoning evaluation determines that the claims in the input
    /// are logically valid and definitively true based on the provided premises and policy rules.
    Valid(GuardrailAutomatedReasoningValidFinding),
    /// Contains the result when the automated reasoning evaluation determines that the claims in the input
    /// are logically invalid and contradict the established premises or policy rules.
    Invalid(GuardrailAutomatedReasoningInvalidFinding),
    /// Contains the result when the automated reasoning evaluation determines that the claims in the input
    /// could be either true or false depending on additional assumptions not provided in the input context.
    Satisfiable(GuardrailAutomatedReasoningSatisfiableFinding),
    /// Contains the result when the automated reasoning evaluation determines that no valid logical
    /// conclusions can be drawn due to contradictions in the premises or policy rules themselves.
    Impossible(GuardrailAutomatedReasoningImpossibleFinding),
    /// Contains the result when the automated reasoning evaluation detects that the input has multiple valid
    /// logical interpretations, requiring additional context or clarification to proceed with validation.
    TranslationAmbiguous(GuardrailAutomatedReasoningTranslationAmbiguousFinding),
    /// Contains the result when the automated reasoning evaluation cannot process the input due to its
    /// complexity or volume exceeding the system's processing capacity for logical analysis.
    TooComplex(GuardrailAutomatedReasoningTooComplexFinding),
    /// Contains the result when the automated reasoning evaluation cannot extract any relevant logical
    /// information from the input that can be validated against the policy rules.
    NoTranslations(GuardrailAutomatedReasoningNoTranslationsFinding),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// Indicates that the claims are definitively true and logically implied by the premises, with no possible
/// alternative interpretations.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningValidFinding {
    /// The logical translation of the input that this finding validates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// An example scenario demonstrating how the claims are logically true.
    pub claims_true_scenario: Option<GuardrailAutomatedReasoningScenario>,
    /// The automated reasoning policy rules that support why this result is considered valid.
    pub supporting_rules: Option<Vec<GuardrailAutomatedReasoningRule>>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning
    /// policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}

/// Indicates that the claims are logically false and contradictory to the established rules or premises.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningInvalidFinding {
    /// The logical translation of the input that this finding invalidates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// The automated reasoning policy rules that contradict the claims in the input.
    pub contradicting_rules: Option<Vec<GuardrailAutomatedReasoningRule>>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning
    /// policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}

/// Indicates that the claims could be either true or false depending on additional assumptions not provided
/// in the input.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningSatisfiableFinding {
    /// The logical translation of the input that this finding evaluates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// An example scenario demonstrating how the claims could be logically true.
    pub claims_true_scenario: Option<GuardrailAutomatedReasoningScenario>,
    /// An example scenario demonstrating how the claims could be logically false.
    pub claims_false_scenario: Option<GuardrailAutomatedReasoningScenario>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning
    /// policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}

/// Indicates that no valid claims can be made due to logical contradictions in the premises or rules.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningImpossibleFinding {
    /// The logical translation of the input that this finding evaluates.
    pub translation: Option<GuardrailAutomatedReasoningTranslation>,
    /// The automated reasoning policy rules that contradict the claims and/or premises in the input.
    pub contradicting_rules: Option<Vec<GuardrailAutomatedReasoningRule>>,
    /// Indication of a logic issue with the translation without needing to consider the automated reasoning
    /// policy rules.
    pub logic_warning: Option<GuardrailAutomatedReasoningLogicWarning>,
}

/// Indicates that the input has multiple valid logical interpretations, requiring additional context or
/// clarification.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningTranslationAmbiguousFinding {
    /// Different logical interpretations that were detected during translation of the input.
    #[aws(length(min = 0, max = 2))]
    pub options: Option<Vec<GuardrailAutomatedReasoningTranslationOption>>,
    /// Scenarios showing how the different translation options differ in meaning.
    #[aws(length(min = 0, max = 2))]
    pub difference_scenarios: Option<Vec<GuardrailAutomatedReasoningScenario>>,
}

/// Indicates that the input exceeds the processing capacity due to the volume or complexity of the logical
/// information.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningTooComplexFinding {}

/// Indicates that no relevant logical information could be extracted from the input for validation.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningNoTranslationsFinding {}

/// Contains the logical translation of natural language input into formal logical statements, including
/// premises, claims, and confidence scores.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningTranslation {
    /// The logical statements that serve as the foundation or assumptions for the claims.
    pub premises: Option<Vec<GuardrailAutomatedReasoningStatement>>,
    /// The logical statements that are being validated against the premises and policy rules.
    pub claims: Option<Vec<GuardrailAutomatedReasoningStatement>>,
    /// References to portions of the original input text that correspond to the premises but could not be
    /// fully translated.
    pub untranslated_premises: Option<Vec<GuardrailAutomatedReasoningInputTextReference>>,
    /// References to portions of the original input text that correspond to the claims but could not be fully
    /// translated.
    pub untranslated_claims: Option<Vec<GuardrailAutomatedReasoningInputTextReference>>,
    /// A confidence score between 0 and 1 indicating how certain the system is about the logical translation.
    #[aws(range(min = 0, max = 1))]
    pub confidence: Option<f64>,
}

/// Represents one possible logical interpretation of ambiguous input content.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningTranslationOption {
    /// Example translations that provide this possible interpretation of the input.
    pub translations: Option<Vec<GuardrailAutomatedReasoningTranslation>>,
}

/// Represents a logical scenario where claims can be evaluated as true or false, containing specific logical
/// assignments.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningScenario {
    /// List of logical assignments and statements that define this scenario.
    pub statements: Option<Vec<GuardrailAutomatedReasoningStatement>>,
}

/// A logical statement that includes both formal logic representation and natural language explanation.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningStatement {
    /// The formal logical representation of the statement.
    #[aws(sensitive, length(min = 0, max = 1000))]
    pub logic: Option<String>,
    /// The natural language explanation of the logical statement.
    #[aws(sensitive, length(min = 0, max = 1000))]
    pub natural_language: Option<String>,
}

/// References a portion of the original input text that corresponds to logical elements.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningInputTextReference {
    /// The specific text from the original input that this reference points to.
    #[aws(sensitive, length(min = 0, max = 1000))]
    pub text: Option<String>,
}

/// References a specific automated reasoning policy rule that was applied during evaluation.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningRule {
    /// The unique identifier of the automated reasoning rule.
    #[aws(length(min = 0, max = 12), pattern = "^[a-z0-9]{12}$")]
    pub identifier: Option<String>,
    /// The ARN of the automated reasoning policy version that contains this rule.
    #[aws(
        length(min = 0, max = 2048),
        pattern = "^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:automated-reasoning-policy/[a-z0-9]{12}(:([1-9][0-9]{0,11}))?$"
    )]
    pub policy_version_arn: Option<String>,
}

/// Identifies logical issues in the translated statements that exist independent of any policy rules, such as
/// statements that are always true or always false.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct GuardrailAutomatedReasoningLogicWarning {
    /// The category of the detected logical issue, such as statements that are always true or always false.
    pub r#type: Option<GuardrailAutomatedReasoningLogicWarningType>,
    /// The logical statements that serve as premises under which the claims are validated.
    pub premises: Option<Vec<GuardrailAutomatedReasoningStatement>>,
    /// The logical statements that are validated while assuming the policy and premises.
    pub claims: Option<Vec<GuardrailAutomatedReasoningStatement>>,
}

/// The category of the detected logical issue, such as statements that are
/// always true or always false.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GuardrailAutomatedReasoningLogicWarningType {
    /// `ALWAYS_FALSE`
    #[aws(value = "ALWAYS_FALSE")]
    AlwaysFalse,
    /// `ALWAYS_TRUE`
    #[aws(value = "ALWAYS_TRUE")]
    AlwaysTrue,
    /// A value this client does not know yet.
    Unknown(String),
}
