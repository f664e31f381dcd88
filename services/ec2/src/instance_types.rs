//! Instance types: the hardware configurations an instance runs on, every one the model lists, each
//! variant named after its value (`a1.2xlarge` is `InstanceType::A12xlarge`).

use aws_operation::aws_shape;

/// The instance type.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceType {
    /// `a1.medium`
    #[aws(value = "a1.medium")]
    A1Medium,
    /// `a1.large`
    #[aws(value = "a1.large")]
    A1Large,
    /// `a1.xlarge`
    #[aws(value = "a1.xlarge")]
    A1Xlarge,
    /// `a1.2xlarge`
    #[aws(value = "a1.2xlarge")]
    A12xlarge,
    /// `a1.4xlarge`
    #[aws(value = "a1.4xlarge")]
    A14xlarge,
    /// `a1.metal`
    #[aws(value = "a1.metal")]
    A1Metal,
    /// `c1.medium`
    #[aws(value = "c1.medium")]
    C1Medium,
    /// `c1.xlarge`
    #[aws(value = "c1.xlarge")]
    C1Xlarge,
    /// `c3.large`
    #[aws(value = "c3.large")]
    C3Large,
    /// `c3.xlarge`
    #[aws(value = "c3.xlarge")]
    C3Xlarge,
    /// `c3.2xlarge`
    #[aws(value = "c3.2xlarge")]
    C32xlarge,
    /// `c3.4xlarge`
    #[aws(value = "c3.4xlarge")]
    C34xlarge,
    /// `c3.8xlarge`
    #[aws(value = "c3.8xlarge")]
    C38xlarge,
    /// `c4.large`
    #[aws(value = "c4.large")]
    C4Large,
    /// `c4.xlarge`
    #[aws(value = "c4.xlarge")]
    C4Xlarge,
    /// `c4.2xlarge`
    #[aws(value = "c4.2xlarge")]
    C42xlarge,
    /// `c4.4xlarge`
    #[aws(value = "c4.4xlarge")]
    C44xlarge,
    /// `c4.8xlarge`
    #[aws(value = "c4.8xlarge")]
    C48xlarge,
    /// `c5.large`
    #[aws(value = "c5.large")]
    C5Large,
    /// `c5.xlarge`
    #[aws(value = "c5.xlarge")]
    C5Xlarge,
    /// `c5.2xlarge`
    #[aws(value = "c5.2xlarge")]
    C52xlarge,
    /// `c5.4xlarge`
    #[aws(value = "c5.4xlarge")]
    C54xlarge,
    /// `c5.9xlarge`
    #[aws(value = "c5.9xlarge")]
    C59xlarge,
    /// `c5.12xlarge`
    #[aws(value = "c5.12xlarge")]
    C512xlarge,
    /// `c5.18xlarge`
    #[aws(value = "c5.18xlarge")]
    C518xlarge,
    /// `c5.24xlarge`
    #[aws(value = "c5.24xlarge")]
    C524xlarge,
    /// `c5.metal`
    #[aws(value = "c5.metal")]
    C5Metal,
    /// `c5a.large`
    #[aws(value = "c5a.large")]
    C5aLarge,
    /// `c5a.xlarge`
    #[aws(value = "c5a.xlarge")]
    C5aXlarge,
    /// `c5a.2xlarge`
    #[aws(value = "c5a.2xlarge")]
    C5a2xlarge,
    /// `c5a.4xlarge`
    #[aws(value = "c5a.4xlarge")]
    C5a4xlarge,
    /// `c5a.8xlarge`
    #[aws(value = "c5a.8xlarge")]
    C5a8xlarge,
    /// `c5a.12xlarge`
    #[aws(value = "c5a.12xlarge")]
    C5a12xlarge,
    /// `c5a.16xlarge`
    #[aws(value = "c5a.16xlarge")]
    C5a16xlarge,
    /// `c5a.24xlarge`
    #[aws(value = "c5a.24xlarge")]
    C5a24xlarge,
    /// `c5ad.large`
    #[aws(value = "c5ad.large")]
    C5adLarge,
    /// `c5ad.xlarge`
    #[aws(value = "c5ad.xlarge")]
    C5adXlarge,
    /// `c5ad.2xlarge`
    #[aws(value = "c5ad.2xlarge")]
    C5ad2xlarge,
    /// `c5ad.4xlarge`
    #[aws(value = "c5ad.4xlarge")]
    C5ad4xlarge,
    /// `c5ad.8xlarge`
    #[aws(value = "c5ad.8xlarge")]
    C5ad8xlarge,
    /// `c5ad.12xlarge`
    #[aws(value = "c5ad.12xlarge")]
    C5ad12xlarge,
    /// `c5ad.16xlarge`
    #[aws(value = "c5ad.16xlarge")]
    C5ad16xlarge,
    /// `c5ad.24xlarge`
    #[aws(value = "c5ad.24xlarge")]
    C5ad24xlarge,
    /// `c5d.large`
    #[aws(value = "c5d.large")]
    C5dLarge,
    /// `c5d.xlarge`
    #[aws(value = "c5d.xlarge")]
    C5dXlarge,
    /// `c5d.2xlarge`
    #[aws(value = "c5d.2xlarge")]
    C5d2xlarge,
    /// `c5d.4xlarge`
    #[aws(value = "c5d.4xlarge")]
    C5d4xlarge,
    /// `c5d.9xlarge`
    #[aws(value = "c5d.9xlarge")]
    C5d9xlarge,
    /// `c5d.12xlarge`
    #[aws(value = "c5d.12xlarge")]
    C5d12xlarge,
    /// `c5d.18xlarge`
    #[aws(value = "c5d.18xlarge")]
    C5d18xlarge,
    /// `c5d.24xlarge`
    #[aws(value = "c5d.24xlarge")]
    C5d24xlarge,
    /// `c5d.metal`
    #[aws(value = "c5d.metal")]
    C5dMetal,
    /// `c5n.large`
    #[aws(value = "c5n.large")]
    C5nLarge,
    /// `c5n.xlarge`
    #[aws(value = "c5n.xlarge")]
    C5nXlarge,
    /// `c5n.2xlarge`
    #[aws(value = "c5n.2xlarge")]
    C5n2xlarge,
    /// `c5n.4xlarge`
    #[aws(value = "c5n.4xlarge")]
    C5n4xlarge,
    /// `c5n.9xlarge`
    #[aws(value = "c5n.9xlarge")]
    C5n9xlarge,
    /// `c5n.18xlarge`
    #[aws(value = "c5n.18xlarge")]
    C5n18xlarge,
    /// `c5n.metal`
    #[aws(value = "c5n.metal")]
    C5nMetal,
    /// `c6g.medium`
    #[aws(value = "c6g.medium")]
    C6gMedium,
    /// `c6g.large`
    #[aws(value = "c6g.large")]
    C6gLarge,
    /// `c6g.xlarge`
    #[aws(value = "c6g.xlarge")]
    C6gXlarge,
    /// `c6g.2xlarge`
    #[aws(value = "c6g.2xlarge")]
    C6g2xlarge,
    /// `c6g.4xlarge`
    #[aws(value = "c6g.4xlarge")]
    C6g4xlarge,
    /// `c6g.8xlarge`
    #[aws(value = "c6g.8xlarge")]
    C6g8xlarge,
    /// `c6g.12xlarge`
    #[aws(value = "c6g.12xlarge")]
    C6g12xlarge,
    /// `c6g.16xlarge`
    #[aws(value = "c6g.16xlarge")]
    C6g16xlarge,
    /// `c6g.metal`
    #[aws(value = "c6g.metal")]
    C6gMetal,
    /// `c6gd.medium`
    #[aws(value = "c6gd.medium")]
    C6gdMedium,
    /// `c6gd.large`
    #[aws(value = "c6gd.large")]
    C6gdLarge,
    /// `c6gd.xlarge`
    #[aws(value = "c6gd.xlarge")]
    C6gdXlarge,
    /// `c6gd.2xlarge`
    #[aws(value = "c6gd.2xlarge")]
    C6gd2xlarge,
    /// `c6gd.4xlarge`
    #[aws(value = "c6gd.4xlarge")]
    C6gd4xlarge,
    /// `c6gd.8xlarge`
    #[aws(value = "c6gd.8xlarge")]
    C6gd8xlarge,
    /// `c6gd.12xlarge`
    #[aws(value = "c6gd.12xlarge")]
    C6gd12xlarge,
    /// `c6gd.16xlarge`
    #[aws(value = "c6gd.16xlarge")]
    C6gd16xlarge,
    /// `c6gd.metal`
    #[aws(value = "c6gd.metal")]
    C6gdMetal,
    /// `c6gn.medium`
    #[aws(value = "c6gn.medium")]
    C6gnMedium,
    /// `c6gn.large`
    #[aws(value = "c6gn.large")]
    C6gnLarge,
    /// `c6gn.xlarge`
    #[aws(value = "c6gn.xlarge")]
    C6gnXlarge,
    /// `c6gn.2xlarge`
    #[aws(value = "c6gn.2xlarge")]
    C6gn2xlarge,
    /// `c6gn.4xlarge`
    #[aws(value = "c6gn.4xlarge")]
    C6gn4xlarge,
    /// `c6gn.8xlarge`
    #[aws(value = "c6gn.8xlarge")]
    C6gn8xlarge,
    /// `c6gn.12xlarge`
    #[aws(value = "c6gn.12xlarge")]
    C6gn12xlarge,
    /// `c6gn.16xlarge`
    #[aws(value = "c6gn.16xlarge")]
    C6gn16xlarge,
    /// `c6i.large`
    #[aws(value = "c6i.large")]
    C6iLarge,
    /// `c6i.xlarge`
    #[aws(value = "c6i.xlarge")]
    C6iXlarge,
    /// `c6i.2xlarge`
    #[aws(value = "c6i.2xlarge")]
    C6i2xlarge,
    /// `c6i.4xlarge`
    #[aws(value = "c6i.4xlarge")]
    C6i4xlarge,
    /// `c6i.8xlarge`
    #[aws(value = "c6i.8xlarge")]
    C6i8xlarge,
    /// `c6i.12xlarge`
    #[aws(value = "c6i.12xlarge")]
    C6i12xlarge,
    /// `c6i.16xlarge`
    #[aws(value = "c6i.16xlarge")]
    C6i16xlarge,
    /// `c6i.24xlarge`
    #[aws(value = "c6i.24xlarge")]
    C6i24xlarge,
    /// `c6i.32xlarge`
    #[aws(value = "c6i.32xlarge")]
    C6i32xlarge,
    /// `c6i.metal`
    #[aws(value = "c6i.metal")]
    C6iMetal,
    /// `cc1.4xlarge`
    #[aws(value = "cc1.4xlarge")]
    Cc14xlarge,
    /// `cc2.8xlarge`
    #[aws(value = "cc2.8xlarge")]
    Cc28xlarge,
    /// `cg1.4xlarge`
    #[aws(value = "cg1.4xlarge")]
    Cg14xlarge,
    /// `cr1.8xlarge`
    #[aws(value = "cr1.8xlarge")]
    Cr18xlarge,
    /// `d2.xlarge`
    #[aws(value = "d2.xlarge")]
    D2Xlarge,
    /// `d2.2xlarge`
    #[aws(value = "d2.2xlarge")]
    D22xlarge,
    /// `d2.4xlarge`
    #[aws(value = "d2.4xlarge")]
    D24xlarge,
    /// `d2.8xlarge`
    #[aws(value = "d2.8xlarge")]
    D28xlarge,
    /// `d3.xlarge`
    #[aws(value = "d3.xlarge")]
    D3Xlarge,
    /// `d3.2xlarge`
    #[aws(value = "d3.2xlarge")]
    D32xlarge,
    /// `d3.4xlarge`
    #[aws(value = "d3.4xlarge")]
    D34xlarge,
    /// `d3.8xlarge`
    #[aws(value = "d3.8xlarge")]
    D38xlarge,
    /// `d3en.xlarge`
    #[aws(value = "d3en.xlarge")]
    D3enXlarge,
    /// `d3en.2xlarge`
    #[aws(value = "d3en.2xlarge")]
    D3en2xlarge,
    /// `d3en.4xlarge`
    #[aws(value = "d3en.4xlarge")]
    D3en4xlarge,
    /// `d3en.6xlarge`
    #[aws(value = "d3en.6xlarge")]
    D3en6xlarge,
    /// `d3en.8xlarge`
    #[aws(value = "d3en.8xlarge")]
    D3en8xlarge,
    /// `d3en.12xlarge`
    #[aws(value = "d3en.12xlarge")]
    D3en12xlarge,
    /// `dl1.24xlarge`
    #[aws(value = "dl1.24xlarge")]
    Dl124xlarge,
    /// `f1.2xlarge`
    #[aws(value = "f1.2xlarge")]
    F12xlarge,
    /// `f1.4xlarge`
    #[aws(value = "f1.4xlarge")]
    F14xlarge,
    /// `f1.16xlarge`
    #[aws(value = "f1.16xlarge")]
    F116xlarge,
    /// `g2.2xlarge`
    #[aws(value = "g2.2xlarge")]
    G22xlarge,
    /// `g2.8xlarge`
    #[aws(value = "g2.8xlarge")]
    G28xlarge,
    /// `g3.4xlarge`
    #[aws(value = "g3.4xlarge")]
    G34xlarge,
    /// `g3.8xlarge`
    #[aws(value = "g3.8xlarge")]
    G38xlarge,
    /// `g3.16xlarge`
    #[aws(value = "g3.16xlarge")]
    G316xlarge,
    /// `g3s.xlarge`
    #[aws(value = "g3s.xlarge")]
    G3sXlarge,
    /// `g4ad.xlarge`
    #[aws(value = "g4ad.xlarge")]
    G4adXlarge,
    /// `g4ad.2xlarge`
    #[aws(value = "g4ad.2xlarge")]
    G4ad2xlarge,
    /// `g4ad.4xlarge`
    #[aws(value = "g4ad.4xlarge")]
    G4ad4xlarge,
    /// `g4ad.8xlarge`
    #[aws(value = "g4ad.8xlarge")]
    G4ad8xlarge,
    /// `g4ad.16xlarge`
    #[aws(value = "g4ad.16xlarge")]
    G4ad16xlarge,
    /// `g4dn.xlarge`
    #[aws(value = "g4dn.xlarge")]
    G4dnXlarge,
    /// `g4dn.2xlarge`
    #[aws(value = "g4dn.2xlarge")]
    G4dn2xlarge,
    /// `g4dn.4xlarge`
    #[aws(value = "g4dn.4xlarge")]
    G4dn4xlarge,
    /// `g4dn.8xlarge`
    #[aws(value = "g4dn.8xlarge")]
    G4dn8xlarge,
    /// `g4dn.12xlarge`
    #[aws(value = "g4dn.12xlarge")]
    G4dn12xlarge,
    /// `g4dn.16xlarge`
    #[aws(value = "g4dn.16xlarge")]
    G4dn16xlarge,
    /// `g4dn.metal`
    #[aws(value = "g4dn.metal")]
    G4dnMetal,
    /// `g5.xlarge`
    #[aws(value = "g5.xlarge")]
    G5Xlarge,
    /// `g5.2xlarge`
    #[aws(value = "g5.2xlarge")]
    G52xlarge,
    /// `g5.4xlarge`
    #[aws(value = "g5.4xlarge")]
    G54xlarge,
    /// `g5.8xlarge`
    #[aws(value = "g5.8xlarge")]
    G58xlarge,
    /// `g5.12xlarge`
    #[aws(value = "g5.12xlarge")]
    G512xlarge,
    /// `g5.16xlarge`
    #[aws(value = "g5.16xlarge")]
    G516xlarge,
    /// `g5.24xlarge`
    #[aws(value = "g5.24xlarge")]
    G524xlarge,
    /// `g5.48xlarge`
    #[aws(value = "g5.48xlarge")]
    G548xlarge,
    /// `g5g.xlarge`
    #[aws(value = "g5g.xlarge")]
    G5gXlarge,
    /// `g5g.2xlarge`
    #[aws(value = "g5g.2xlarge")]
    G5g2xlarge,
    /// `g5g.4xlarge`
    #[aws(value = "g5g.4xlarge")]
    G5g4xlarge,
    /// `g5g.8xlarge`
    #[aws(value = "g5g.8xlarge")]
    G5g8xlarge,
    /// `g5g.16xlarge`
    #[aws(value = "g5g.16xlarge")]
    G5g16xlarge,
    /// `g5g.metal`
    #[aws(value = "g5g.metal")]
    G5gMetal,
    /// `hi1.4xlarge`
    #[aws(value = "hi1.4xlarge")]
    Hi14xlarge,
    /// `hpc6a.48xlarge`
    #[aws(value = "hpc6a.48xlarge")]
    Hpc6a48xlarge,
    /// `hs1.8xlarge`
    #[aws(value = "hs1.8xlarge")]
    Hs18xlarge,
    /// `h1.2xlarge`
    #[aws(value = "h1.2xlarge")]
    H12xlarge,
    /// `h1.4xlarge`
    #[aws(value = "h1.4xlarge")]
    H14xlarge,
    /// `h1.8xlarge`
    #[aws(value = "h1.8xlarge")]
    H18xlarge,
    /// `h1.16xlarge`
    #[aws(value = "h1.16xlarge")]
    H116xlarge,
    /// `i2.xlarge`
    #[aws(value = "i2.xlarge")]
    I2Xlarge,
    /// `i2.2xlarge`
    #[aws(value = "i2.2xlarge")]
    I22xlarge,
    /// `i2.4xlarge`
    #[aws(value = "i2.4xlarge")]
    I24xlarge,
    /// `i2.8xlarge`
    #[aws(value = "i2.8xlarge")]
    I28xlarge,
    /// `i3.large`
    #[aws(value = "i3.large")]
    I3Large,
    /// `i3.xlarge`
    #[aws(value = "i3.xlarge")]
    I3Xlarge,
    /// `i3.2xlarge`
    #[aws(value = "i3.2xlarge")]
    I32xlarge,
    /// `i3.4xlarge`
    #[aws(value = "i3.4xlarge")]
    I34xlarge,
    /// `i3.8xlarge`
    #[aws(value = "i3.8xlarge")]
    I38xlarge,
    /// `i3.16xlarge`
    #[aws(value = "i3.16xlarge")]
    I316xlarge,
    /// `i3.metal`
    #[aws(value = "i3.metal")]
    I3Metal,
    /// `i3en.large`
    #[aws(value = "i3en.large")]
    I3enLarge,
    /// `i3en.xlarge`
    #[aws(value = "i3en.xlarge")]
    I3enXlarge,
    /// `i3en.2xlarge`
    #[aws(value = "i3en.2xlarge")]
    I3en2xlarge,
    /// `i3en.3xlarge`
    #[aws(value = "i3en.3xlarge")]
    I3en3xlarge,
    /// `i3en.6xlarge`
    #[aws(value = "i3en.6xlarge")]
    I3en6xlarge,
    /// `i3en.12xlarge`
    #[aws(value = "i3en.12xlarge")]
    I3en12xlarge,
    /// `i3en.24xlarge`
    #[aws(value = "i3en.24xlarge")]
    I3en24xlarge,
    /// `i3en.metal`
    #[aws(value = "i3en.metal")]
    I3enMetal,
    /// `im4gn.large`
    #[aws(value = "im4gn.large")]
    Im4gnLarge,
    /// `im4gn.xlarge`
    #[aws(value = "im4gn.xlarge")]
    Im4gnXlarge,
    /// `im4gn.2xlarge`
    #[aws(value = "im4gn.2xlarge")]
    Im4gn2xlarge,
    /// `im4gn.4xlarge`
    #[aws(value = "im4gn.4xlarge")]
    Im4gn4xlarge,
    /// `im4gn.8xlarge`
    #[aws(value = "im4gn.8xlarge")]
    Im4gn8xlarge,
    /// `im4gn.16xlarge`
    #[aws(value = "im4gn.16xlarge")]
    Im4gn16xlarge,
    /// `inf1.xlarge`
    #[aws(value = "inf1.xlarge")]
    Inf1Xlarge,
    /// `inf1.2xlarge`
    #[aws(value = "inf1.2xlarge")]
    Inf12xlarge,
    /// `inf1.6xlarge`
    #[aws(value = "inf1.6xlarge")]
    Inf16xlarge,
    /// `inf1.24xlarge`
    #[aws(value = "inf1.24xlarge")]
    Inf124xlarge,
    /// `is4gen.medium`
    #[aws(value = "is4gen.medium")]
    Is4genMedium,
    /// `is4gen.large`
    #[aws(value = "is4gen.large")]
    Is4genLarge,
    /// `is4gen.xlarge`
    #[aws(value = "is4gen.xlarge")]
    Is4genXlarge,
    /// `is4gen.2xlarge`
    #[aws(value = "is4gen.2xlarge")]
    Is4gen2xlarge,
    /// `is4gen.4xlarge`
    #[aws(value = "is4gen.4xlarge")]
    Is4gen4xlarge,
    /// `is4gen.8xlarge`
    #[aws(value = "is4gen.8xlarge")]
    Is4gen8xlarge,
    /// `m1.small`
    #[aws(value = "m1.small")]
    M1Small,
    /// `m1.medium`
    #[aws(value = "m1.medium")]
    M1Medium,
    /// `m1.large`
    #[aws(value = "m1.large")]
    M1Large,
    /// `m1.xlarge`
    #[aws(value = "m1.xlarge")]
    M1Xlarge,
    /// `m2.xlarge`
    #[aws(value = "m2.xlarge")]
    M2Xlarge,
    /// `m2.2xlarge`
    #[aws(value = "m2.2xlarge")]
    M22xlarge,
    /// `m2.4xlarge`
    #[aws(value = "m2.4xlarge")]
    M24xlarge,
    /// `m3.medium`
    #[aws(value = "m3.medium")]
    M3Medium,
    /// `m3.large`
    #[aws(value = "m3.large")]
    M3Large,
    /// `m3.xlarge`
    #[aws(value = "m3.xlarge")]
    M3Xlarge,
    /// `m3.2xlarge`
    #[aws(value = "m3.2xlarge")]
    M32xlarge,
    /// `m4.large`
    #[aws(value = "m4.large")]
    M4Large,
    /// `m4.xlarge`
    #[aws(value = "m4.xlarge")]
    M4Xlarge,
    /// `m4.2xlarge`
    #[aws(value = "m4.2xlarge")]
    M42xlarge,
    /// `m4.4xlarge`
    #[aws(value = "m4.4xlarge")]
    M44xlarge,
    /// `m4.10xlarge`
    #[aws(value = "m4.10xlarge")]
    M410xlarge,
    /// `m4.16xlarge`
    #[aws(value = "m4.16xlarge")]
    M416xlarge,
    /// `m5.large`
    #[aws(value = "m5.large")]
    M5Large,
    /// `m5.xlarge`
    #[aws(value = "m5.xlarge")]
    M5Xlarge,
    /// `m5.2xlarge`
    #[aws(value = "m5.2xlarge")]
    M52xlarge,
    /// `m5.4xlarge`
    #[aws(value = "m5.4xlarge")]
    M54xlarge,
    /// `m5.8xlarge`
    #[aws(value = "m5.8xlarge")]
    M58xlarge,
    /// `m5.12xlarge`
    #[aws(value = "m5.12xlarge")]
    M512xlarge,
    /// `m5.16xlarge`
    #[aws(value = "m5.16xlarge")]
    M516xlarge,
    /// `m5.24xlarge`
    #[aws(value = "m5.24xlarge")]
    M524xlarge,
    /// `m5.metal`
    #[aws(value = "m5.metal")]
    M5Metal,
    /// `m5a.large`
    #[aws(value = "m5a.large")]
    M5aLarge,
    /// `m5a.xlarge`
    #[aws(value = "m5a.xlarge")]
    M5aXlarge,
    /// `m5a.2xlarge`
    #[aws(value = "m5a.2xlarge")]
    M5a2xlarge,
    /// `m5a.4xlarge`
    #[aws(value = "m5a.4xlarge")]
    M5a4xlarge,
    /// `m5a.8xlarge`
    #[aws(value = "m5a.8xlarge")]
    M5a8xlarge,
    /// `m5a.12xlarge`
    #[aws(value = "m5a.12xlarge")]
    M5a12xlarge,
    /// `m5a.16xlarge`
    #[aws(value = "m5a.16xlarge")]
    M5a16xlarge,
    /// `m5a.24xlarge`
    #[aws(value = "m5a.24xlarge")]
    M5a24xlarge,
    /// `m5ad.large`
    #[aws(value = "m5ad.large")]
    M5adLarge,
    /// `m5ad.xlarge`
    #[aws(value = "m5ad.xlarge")]
    M5adXlarge,
    /// `m5ad.2xlarge`
    #[aws(value = "m5ad.2xlarge")]
    M5ad2xlarge,
    /// `m5ad.4xlarge`
    #[aws(value = "m5ad.4xlarge")]
    M5ad4xlarge,
    /// `m5ad.8xlarge`
    #[aws(value = "m5ad.8xlarge")]
    M5ad8xlarge,
    /// `m5ad.12xlarge`
    #[aws(value = "m5ad.12xlarge")]
    M5ad12xlarge,
    /// `m5ad.16xlarge`
    #[aws(value = "m5ad.16xlarge")]
    M5ad16xlarge,
    /// `m5ad.24xlarge`
    #[aws(value = "m5ad.24xlarge")]
    M5ad24xlarge,
    /// `m5d.large`
    #[aws(value = "m5d.large")]
    M5dLarge,
    /// `m5d.xlarge`
    #[aws(value = "m5d.xlarge")]
    M5dXlarge,
    /// `m5d.2xlarge`
    #[aws(value = "m5d.2xlarge")]
    M5d2xlarge,
    /// `m5d.4xlarge`
    #[aws(value = "m5d.4xlarge")]
    M5d4xlarge,
    /// `m5d.8xlarge`
    #[aws(value = "m5d.8xlarge")]
    M5d8xlarge,
    /// `m5d.12xlarge`
    #[aws(value = "m5d.12xlarge")]
    M5d12xlarge,
    /// `m5d.16xlarge`
    #[aws(value = "m5d.16xlarge")]
    M5d16xlarge,
    /// `m5d.24xlarge`
    #[aws(value = "m5d.24xlarge")]
    M5d24xlarge,
    /// `m5d.metal`
    #[aws(value = "m5d.metal")]
    M5dMetal,
    /// `m5dn.large`
    #[aws(value = "m5dn.large")]
    M5dnLarge,
    /// `m5dn.xlarge`
    #[aws(value = "m5dn.xlarge")]
    M5dnXlarge,
    /// `m5dn.2xlarge`
    #[aws(value = "m5dn.2xlarge")]
    M5dn2xlarge,
    /// `m5dn.4xlarge`
    #[aws(value = "m5dn.4xlarge")]
    M5dn4xlarge,
    /// `m5dn.8xlarge`
    #[aws(value = "m5dn.8xlarge")]
    M5dn8xlarge,
    /// `m5dn.12xlarge`
    #[aws(value = "m5dn.12xlarge")]
    M5dn12xlarge,
    /// `m5dn.16xlarge`
    #[aws(value = "m5dn.16xlarge")]
    M5dn16xlarge,
    /// `m5dn.24xlarge`
    #[aws(value = "m5dn.24xlarge")]
    M5dn24xlarge,
    /// `m5dn.metal`
    #[aws(value = "m5dn.metal")]
    M5dnMetal,
    /// `m5n.large`
    #[aws(value = "m5n.large")]
    M5nLarge,
    /// `m5n.xlarge`
    #[aws(value = "m5n.xlarge")]
    M5nXlarge,
    /// `m5n.2xlarge`
    #[aws(value = "m5n.2xlarge")]
    M5n2xlarge,
    /// `m5n.4xlarge`
    #[aws(value = "m5n.4xlarge")]
    M5n4xlarge,
    /// `m5n.8xlarge`
    #[aws(value = "m5n.8xlarge")]
    M5n8xlarge,
    /// `m5n.12xlarge`
    #[aws(value = "m5n.12xlarge")]
    M5n12xlarge,
    /// `m5n.16xlarge`
    #[aws(value = "m5n.16xlarge")]
    M5n16xlarge,
    /// `m5n.24xlarge`
    #[aws(value = "m5n.24xlarge")]
    M5n24xlarge,
    /// `m5n.metal`
    #[aws(value = "m5n.metal")]
    M5nMetal,
    /// `m5zn.large`
    #[aws(value = "m5zn.large")]
    M5znLarge,
    /// `m5zn.xlarge`
    #[aws(value = "m5zn.xlarge")]
    M5znXlarge,
    /// `m5zn.2xlarge`
    #[aws(value = "m5zn.2xlarge")]
    M5zn2xlarge,
    /// `m5zn.3xlarge`
    #[aws(value = "m5zn.3xlarge")]
    M5zn3xlarge,
    /// `m5zn.6xlarge`
    #[aws(value = "m5zn.6xlarge")]
    M5zn6xlarge,
    /// `m5zn.12xlarge`
    #[aws(value = "m5zn.12xlarge")]
    M5zn12xlarge,
    /// `m5zn.metal`
    #[aws(value = "m5zn.metal")]
    M5znMetal,
    /// `m6a.large`
    #[aws(value = "m6a.large")]
    M6aLarge,
    /// `m6a.xlarge`
    #[aws(value = "m6a.xlarge")]
    M6aXlarge,
    /// `m6a.2xlarge`
    #[aws(value = "m6a.2xlarge")]
    M6a2xlarge,
    /// `m6a.4xlarge`
    #[aws(value = "m6a.4xlarge")]
    M6a4xlarge,
    /// `m6a.8xlarge`
    #[aws(value = "m6a.8xlarge")]
    M6a8xlarge,
    /// `m6a.12xlarge`
    #[aws(value = "m6a.12xlarge")]
    M6a12xlarge,
    /// `m6a.16xlarge`
    #[aws(value = "m6a.16xlarge")]
    M6a16xlarge,
    /// `m6a.24xlarge`
    #[aws(value = "m6a.24xlarge")]
    M6a24xlarge,
    /// `m6a.32xlarge`
    #[aws(value = "m6a.32xlarge")]
    M6a32xlarge,
    /// `m6a.48xlarge`
    #[aws(value = "m6a.48xlarge")]
    M6a48xlarge,
    /// `m6g.metal`
    #[aws(value = "m6g.metal")]
    M6gMetal,
    /// `m6g.medium`
    #[aws(value = "m6g.medium")]
    M6gMedium,
    /// `m6g.large`
    #[aws(value = "m6g.large")]
    M6gLarge,
    /// `m6g.xlarge`
    #[aws(value = "m6g.xlarge")]
    M6gXlarge,
    /// `m6g.2xlarge`
    #[aws(value = "m6g.2xlarge")]
    M6g2xlarge,
    /// `m6g.4xlarge`
    #[aws(value = "m6g.4xlarge")]
    M6g4xlarge,
    /// `m6g.8xlarge`
    #[aws(value = "m6g.8xlarge")]
    M6g8xlarge,
    /// `m6g.12xlarge`
    #[aws(value = "m6g.12xlarge")]
    M6g12xlarge,
    /// `m6g.16xlarge`
    #[aws(value = "m6g.16xlarge")]
    M6g16xlarge,
    /// `m6gd.metal`
    #[aws(value = "m6gd.metal")]
    M6gdMetal,
    /// `m6gd.medium`
    #[aws(value = "m6gd.medium")]
    M6gdMedium,
    /// `m6gd.large`
    #[aws(value = "m6gd.large")]
    M6gdLarge,
    /// `m6gd.xlarge`
    #[aws(value = "m6gd.xlarge")]
    M6gdXlarge,
    /// `m6gd.2xlarge`
    #[aws(value = "m6gd.2xlarge")]
    M6gd2xlarge,
    /// `m6gd.4xlarge`
    #[aws(value = "m6gd.4xlarge")]
    M6gd4xlarge,
    /// `m6gd.8xlarge`
    #[aws(value = "m6gd.8xlarge")]
    M6gd8xlarge,
    /// `m6gd.12xlarge`
    #[aws(value = "m6gd.12xlarge")]
    M6gd12xlarge,
    /// `m6gd.16xlarge`
    #[aws(value = "m6gd.16xlarge")]
    M6gd16xlarge,
    /// `m6i.large`
    #[aws(value = "m6i.large")]
    M6iLarge,
    /// `m6i.xlarge`
    #[aws(value = "m6i.xlarge")]
    M6iXlarge,
    /// `m6i.2xlarge`
    #[aws(value = "m6i.2xlarge")]
    M6i2xlarge,
    /// `m6i.4xlarge`
    #[aws(value = "m6i.4xlarge")]
    M6i4xlarge,
    /// `m6i.8xlarge`
    #[aws(value = "m6i.8xlarge")]
    M6i8xlarge,
    /// `m6i.12xlarge`
    #[aws(value = "m6i.12xlarge")]
    M6i12xlarge,
    /// `m6i.16xlarge`
    #[aws(value = "m6i.16xlarge")]
    M6i16xlarge,
    /// `m6i.24xlarge`
    #[aws(value = "m6i.24xlarge")]
    M6i24xlarge,
    /// `m6i.32xlarge`
    #[aws(value = "m6i.32xlarge")]
    M6i32xlarge,
    /// `m6i.metal`
    #[aws(value = "m6i.metal")]
    M6iMetal,
    /// `mac1.metal`
    #[aws(value = "mac1.metal")]
    Mac1Metal,
    /// `p2.xlarge`
    #[aws(value = "p2.xlarge")]
    P2Xlarge,
    /// `p2.8xlarge`
    #[aws(value = "p2.8xlarge")]
    P28xlarge,
    /// `p2.16xlarge`
    #[aws(value = "p2.16xlarge")]
    P216xlarge,
    /// `p3.2xlarge`
    #[aws(value = "p3.2xlarge")]
    P32xlarge,
    /// `p3.8xlarge`
    #[aws(value = "p3.8xlarge")]
    P38xlarge,
    /// `p3.16xlarge`
    #[aws(value = "p3.16xlarge")]
    P316xlarge,
    /// `p3dn.24xlarge`
    #[aws(value = "p3dn.24xlarge")]
    P3dn24xlarge,
    /// `p4d.24xlarge`
    #[aws(value = "p4d.24xlarge")]
    P4d24xlarge,
    /// `r3.large`
    #[aws(value = "r3.large")]
    R3Large,
    /// `r3.xlarge`
    #[aws(value = "r3.xlarge")]
    R3Xlarge,
    /// `r3.2xlarge`
    #[aws(value = "r3.2xlarge")]
    R32xlarge,
    /// `r3.4xlarge`
    #[aws(value = "r3.4xlarge")]
    R34xlarge,
    /// `r3.8xlarge`
    #[aws(value = "r3.8xlarge")]
    R38xlarge,
    /// `r4.large`
    #[aws(value = "r4.large")]
    R4Large,
    /// `r4.xlarge`
    #[aws(value = "r4.xlarge")]
    R4Xlarge,
    /// `r4.2xlarge`
    #[aws(value = "r4.2xlarge")]
    R42xlarge,
    /// `r4.4xlarge`
    #[aws(value = "r4.4xlarge")]
    R44xlarge,
    /// `r4.8xlarge`
    #[aws(value = "r4.8xlarge")]
    R48xlarge,
    /// `r4.16xlarge`
    #[aws(value = "r4.16xlarge")]
    R416xlarge,
    /// `r5.large`
    #[aws(value = "r5.large")]
    R5Large,
    /// `r5.xlarge`
    #[aws(value = "r5.xlarge")]
    R5Xlarge,
    /// `r5.2xlarge`
    #[aws(value = "r5.2xlarge")]
    R52xlarge,
    /// `r5.4xlarge`
    #[aws(value = "r5.4xlarge")]
    R54xlarge,
    /// `r5.8xlarge`
    #[aws(value = "r5.8xlarge")]
    R58xlarge,
    /// `r5.12xlarge`
    #[aws(value = "r5.12xlarge")]
    R512xlarge,
    /// `r5.16xlarge`
    #[aws(value = "r5.16xlarge")]
    R516xlarge,
    /// `r5.24xlarge`
    #[aws(value = "r5.24xlarge")]
    R524xlarge,
    /// `r5.metal`
    #[aws(value = "r5.metal")]
    R5Metal,
    /// `r5a.large`
    #[aws(value = "r5a.large")]
    R5aLarge,
    /// `r5a.xlarge`
    #[aws(value = "r5a.xlarge")]
    R5aXlarge,
    /// `r5a.2xlarge`
    #[aws(value = "r5a.2xlarge")]
    R5a2xlarge,
    /// `r5a.4xlarge`
    #[aws(value = "r5a.4xlarge")]
    R5a4xlarge,
    /// `r5a.8xlarge`
    #[aws(value = "r5a.8xlarge")]
    R5a8xlarge,
    /// `r5a.12xlarge`
    #[aws(value = "r5a.12xlarge")]
    R5a12xlarge,
    /// `r5a.16xlarge`
    #[aws(value = "r5a.16xlarge")]
    R5a16xlarge,
    /// `r5a.24xlarge`
    #[aws(value = "r5a.24xlarge")]
    R5a24xlarge,
    /// `r5ad.large`
    #[aws(value = "r5ad.large")]
    R5adLarge,
    /// `r5ad.xlarge`
    #[aws(value = "r5ad.xlarge")]
    R5adXlarge,
    /// `r5ad.2xlarge`
    #[aws(value = "r5ad.2xlarge")]
    R5ad2xlarge,
    /// `r5ad.4xlarge`
    #[aws(value = "r5ad.4xlarge")]
    R5ad4xlarge,
    /// `r5ad.8xlarge`
    #[aws(value = "r5ad.8xlarge")]
    R5ad8xlarge,
    /// `r5ad.12xlarge`
    #[aws(value = "r5ad.12xlarge")]
    R5ad12xlarge,
    /// `r5ad.16xlarge`
    #[aws(value = "r5ad.16xlarge")]
    R5ad16xlarge,
    /// `r5ad.24xlarge`
    #[aws(value = "r5ad.24xlarge")]
    R5ad24xlarge,
    /// `r5b.large`
    #[aws(value = "r5b.large")]
    R5bLarge,
    /// `r5b.xlarge`
    #[aws(value = "r5b.xlarge")]
    R5bXlarge,
    /// `r5b.2xlarge`
    #[aws(value = "r5b.2xlarge")]
    R5b2xlarge,
    /// `r5b.4xlarge`
    #[aws(value = "r5b.4xlarge")]
    R5b4xlarge,
    /// `r5b.8xlarge`
    #[aws(value = "r5b.8xlarge")]
    R5b8xlarge,
    /// `r5b.12xlarge`
    #[aws(value = "r5b.12xlarge")]
    R5b12xlarge,
    /// `r5b.16xlarge`
    #[aws(value = "r5b.16xlarge")]
    R5b16xlarge,
    /// `r5b.24xlarge`
    #[aws(value = "r5b.24xlarge")]
    R5b24xlarge,
    /// `r5b.metal`
    #[aws(value = "r5b.metal")]
    R5bMetal,
    /// `r5d.large`
    #[aws(value = "r5d.large")]
    R5dLarge,
    /// `r5d.xlarge`
    #[aws(value = "r5d.xlarge")]
    R5dXlarge,
    /// `r5d.2xlarge`
    #[aws(value = "r5d.2xlarge")]
    R5d2xlarge,
    /// `r5d.4xlarge`
    #[aws(value = "r5d.4xlarge")]
    R5d4xlarge,
    /// `r5d.8xlarge`
    #[aws(value = "r5d.8xlarge")]
    R5d8xlarge,
    /// `r5d.12xlarge`
    #[aws(value = "r5d.12xlarge")]
    R5d12xlarge,
    /// `r5d.16xlarge`
    #[aws(value = "r5d.16xlarge")]
    R5d16xlarge,
    /// `r5d.24xlarge`
    #[aws(value = "r5d.24xlarge")]
    R5d24xlarge,
    /// `r5d.metal`
    #[aws(value = "r5d.metal")]
    R5dMetal,
    /// `r5dn.large`
    #[aws(value = "r5dn.large")]
    R5dnLarge,
    /// `r5dn.xlarge`
    #[aws(value = "r5dn.xlarge")]
    R5dnXlarge,
    /// `r5dn.2xlarge`
    #[aws(value = "r5dn.2xlarge")]
    R5dn2xlarge,
    /// `r5dn.4xlarge`
    #[aws(value = "r5dn.4xlarge")]
    R5dn4xlarge,
    /// `r5dn.8xlarge`
    #[aws(value = "r5dn.8xlarge")]
    R5dn8xlarge,
    /// `r5dn.12xlarge`
    #[aws(value = "r5dn.12xlarge")]
    R5dn12xlarge,
    /// `r5dn.16xlarge`
    #[aws(value = "r5dn.16xlarge")]
    R5dn16xlarge,
    /// `r5dn.24xlarge`
    #[aws(value = "r5dn.24xlarge")]
    R5dn24xlarge,
    /// `r5dn.metal`
    #[aws(value = "r5dn.metal")]
    R5dnMetal,
    /// `r5n.large`
    #[aws(value = "r5n.large")]
    R5nLarge,
    /// `r5n.xlarge`
    #[aws(value = "r5n.xlarge")]
    R5nXlarge,
    /// `r5n.2xlarge`
    #[aws(value = "r5n.2xlarge")]
    R5n2xlarge,
    /// `r5n.4xlarge`
    #[aws(value = "r5n.4xlarge")]
    R5n4xlarge,
    /// `r5n.8xlarge`
    #[aws(value = "r5n.8xlarge")]
    R5n8xlarge,
    /// `r5n.12xlarge`
    #[aws(value = "r5n.12xlarge")]
    R5n12xlarge,
    /// `r5n.16xlarge`
    #[aws(value = "r5n.16xlarge")]
    R5n16xlarge,
    /// `r5n.24xlarge`
    #[aws(value = "r5n.24xlarge")]
    R5n24xlarge,
    /// `r5n.metal`
    #[aws(value = "r5n.metal")]
    R5nMetal,
    /// `r6g.medium`
    #[aws(value = "r6g.medium")]
    R6gMedium,
    /// `r6g.large`
    #[aws(value = "r6g.large")]
    R6gLarge,
    /// `r6g.xlarge`
    #[aws(value = "r6g.xlarge")]
    R6gXlarge,
    /// `r6g.2xlarge`
    #[aws(value = "r6g.2xlarge")]
    R6g2xlarge,
    /// `r6g.4xlarge`
    #[aws(value = "r6g.4xlarge")]
    R6g4xlarge,
    /// `r6g.8xlarge`
    #[aws(value = "r6g.8xlarge")]
    R6g8xlarge,
    /// `r6g.12xlarge`
    #[aws(value = "r6g.12xlarge")]
    R6g12xlarge,
    /// `r6g.16xlarge`
    #[aws(value = "r6g.16xlarge")]
    R6g16xlarge,
    /// `r6g.metal`
    #[aws(value = "r6g.metal")]
    R6gMetal,
    /// `r6gd.medium`
    #[aws(value = "r6gd.medium")]
    R6gdMedium,
    /// `r6gd.large`
    #[aws(value = "r6gd.large")]
    R6gdLarge,
    /// `r6gd.xlarge`
    #[aws(value = "r6gd.xlarge")]
    R6gdXlarge,
    /// `r6gd.2xlarge`
    #[aws(value = "r6gd.2xlarge")]
    R6gd2xlarge,
    /// `r6gd.4xlarge`
    #[aws(value = "r6gd.4xlarge")]
    R6gd4xlarge,
    /// `r6gd.8xlarge`
    #[aws(value = "r6gd.8xlarge")]
    R6gd8xlarge,
    /// `r6gd.12xlarge`
    #[aws(value = "r6gd.12xlarge")]
    R6gd12xlarge,
    /// `r6gd.16xlarge`
    #[aws(value = "r6gd.16xlarge")]
    R6gd16xlarge,
    /// `r6gd.metal`
    #[aws(value = "r6gd.metal")]
    R6gdMetal,
    /// `r6i.large`
    #[aws(value = "r6i.large")]
    R6iLarge,
    /// `r6i.xlarge`
    #[aws(value = "r6i.xlarge")]
    R6iXlarge,
    /// `r6i.2xlarge`
    #[aws(value = "r6i.2xlarge")]
    R6i2xlarge,
    /// `r6i.4xlarge`
    #[aws(value = "r6i.4xlarge")]
    R6i4xlarge,
    /// `r6i.8xlarge`
    #[aws(value = "r6i.8xlarge")]
    R6i8xlarge,
    /// `r6i.12xlarge`
    #[aws(value = "r6i.12xlarge")]
    R6i12xlarge,
    /// `r6i.16xlarge`
    #[aws(value = "r6i.16xlarge")]
    R6i16xlarge,
    /// `r6i.24xlarge`
    #[aws(value = "r6i.24xlarge")]
    R6i24xlarge,
    /// `r6i.32xlarge`
    #[aws(value = "r6i.32xlarge")]
    R6i32xlarge,
    /// `r6i.metal`
    #[aws(value = "r6i.metal")]
    R6iMetal,
    /// `t1.micro`
    #[aws(value = "t1.micro")]
    T1Micro,
    /// `t2.nano`
    #[aws(value = "t2.nano")]
    T2Nano,
    /// `t2.micro`
    #[aws(value = "t2.micro")]
    T2Micro,
    /// `t2.small`
    #[aws(value = "t2.small")]
    T2Small,
    /// `t2.medium`
    #[aws(value = "t2.medium")]
    T2Medium,
    /// `t2.large`
    #[aws(value = "t2.large")]
    T2Large,
    /// `t2.xlarge`
    #[aws(value = "t2.xlarge")]
    T2Xlarge,
    /// `t2.2xlarge`
    #[aws(value = "t2.2xlarge")]
    T22xlarge,
    /// `t3.nano`
    #[aws(value = "t3.nano")]
    T3Nano,
    /// `t3.micro`
    #[aws(value = "t3.micro")]
    T3Micro,
    /// `t3.small`
    #[aws(value = "t3.small")]
    T3Small,
    /// `t3.medium`
    #[aws(value = "t3.medium")]
    T3Medium,
    /// `t3.large`
    #[aws(value = "t3.large")]
    T3Large,
    /// `t3.xlarge`
    #[aws(value = "t3.xlarge")]
    T3Xlarge,
    /// `t3.2xlarge`
    #[aws(value = "t3.2xlarge")]
    T32xlarge,
    /// `t3a.nano`
    #[aws(value = "t3a.nano")]
    T3aNano,
    /// `t3a.micro`
    #[aws(value = "t3a.micro")]
    T3aMicro,
    /// `t3a.small`
    #[aws(value = "t3a.small")]
    T3aSmall,
    /// `t3a.medium`
    #[aws(value = "t3a.medium")]
    T3aMedium,
    /// `t3a.large`
    #[aws(value = "t3a.large")]
    T3aLarge,
    /// `t3a.xlarge`
    #[aws(value = "t3a.xlarge")]
    T3aXlarge,
    /// `t3a.2xlarge`
    #[aws(value = "t3a.2xlarge")]
    T3a2xlarge,
    /// `t4g.nano`
    #[aws(value = "t4g.nano")]
    T4gNano,
    /// `t4g.micro`
    #[aws(value = "t4g.micro")]
    T4gMicro,
    /// `t4g.small`
    #[aws(value = "t4g.small")]
    T4gSmall,
    /// `t4g.medium`
    #[aws(value = "t4g.medium")]
    T4gMedium,
    /// `t4g.large`
    #[aws(value = "t4g.large")]
    T4gLarge,
    /// `t4g.xlarge`
    #[aws(value = "t4g.xlarge")]
    T4gXlarge,
    /// `t4g.2xlarge`
    #[aws(value = "t4g.2xlarge")]
    T4g2xlarge,
    /// `u-6tb1.56xlarge`
    #[aws(value = "u-6tb1.56xlarge")]
    U6tb156xlarge,
    /// `u-6tb1.112xlarge`
    #[aws(value = "u-6tb1.112xlarge")]
    U6tb1112xlarge,
    /// `u-9tb1.112xlarge`
    #[aws(value = "u-9tb1.112xlarge")]
    U9tb1112xlarge,
    /// `u-12tb1.112xlarge`
    #[aws(value = "u-12tb1.112xlarge")]
    U12tb1112xlarge,
    /// `u-6tb1.metal`
    #[aws(value = "u-6tb1.metal")]
    U6tb1Metal,
    /// `u-9tb1.metal`
    #[aws(value = "u-9tb1.metal")]
    U9tb1Metal,
    /// `u-12tb1.metal`
    #[aws(value = "u-12tb1.metal")]
    U12tb1Metal,
    /// `u-18tb1.metal`
    #[aws(value = "u-18tb1.metal")]
    U18tb1Metal,
    /// `u-24tb1.metal`
    #[aws(value = "u-24tb1.metal")]
    U24tb1Metal,
    /// `vt1.3xlarge`
    #[aws(value = "vt1.3xlarge")]
    Vt13xlarge,
    /// `vt1.6xlarge`
    #[aws(value = "vt1.6xlarge")]
    Vt16xlarge,
    /// `vt1.24xlarge`
    #[aws(value = "vt1.24xlarge")]
    Vt124xlarge,
    /// `x1.16xlarge`
    #[aws(value = "x1.16xlarge")]
    X116xlarge,
    /// `x1.32xlarge`
    #[aws(value = "x1.32xlarge")]
    X132xlarge,
    /// `x1e.xlarge`
    #[aws(value = "x1e.xlarge")]
    X1eXlarge,
    /// `x1e.2xlarge`
    #[aws(value = "x1e.2xlarge")]
    X1e2xlarge,
    /// `x1e.4xlarge`
    #[aws(value = "x1e.4xlarge")]
    X1e4xlarge,
    /// `x1e.8xlarge`
    #[aws(value = "x1e.8xlarge")]
    X1e8xlarge,
    /// `x1e.16xlarge`
    #[aws(value = "x1e.16xlarge")]
    X1e16xlarge,
    /// `x1e.32xlarge`
    #[aws(value = "x1e.32xlarge")]
    X1e32xlarge,
    /// `x2iezn.2xlarge`
    #[aws(value = "x2iezn.2xlarge")]
    X2iezn2xlarge,
    /// `x2iezn.4xlarge`
    #[aws(value = "x2iezn.4xlarge")]
    X2iezn4xlarge,
    /// `x2iezn.6xlarge`
    #[aws(value = "x2iezn.6xlarge")]
    X2iezn6xlarge,
    /// `x2iezn.8xlarge`
    #[aws(value = "x2iezn.8xlarge")]
    X2iezn8xlarge,
    /// `x2iezn.12xlarge`
    #[aws(value = "x2iezn.12xlarge")]
    X2iezn12xlarge,
    /// `x2iezn.metal`
    #[aws(value = "x2iezn.metal")]
    X2ieznMetal,
    /// `x2gd.medium`
    #[aws(value = "x2gd.medium")]
    X2gdMedium,
    /// `x2gd.large`
    #[aws(value = "x2gd.large")]
    X2gdLarge,
    /// `x2gd.xlarge`
    #[aws(value = "x2gd.xlarge")]
    X2gdXlarge,
    /// `x2gd.2xlarge`
    #[aws(value = "x2gd.2xlarge")]
    X2gd2xlarge,
    /// `x2gd.4xlarge`
    #[aws(value = "x2gd.4xlarge")]
    X2gd4xlarge,
    /// `x2gd.8xlarge`
    #[aws(value = "x2gd.8xlarge")]
    X2gd8xlarge,
    /// `x2gd.12xlarge`
    #[aws(value = "x2gd.12xlarge")]
    X2gd12xlarge,
    /// `x2gd.16xlarge`
    #[aws(value = "x2gd.16xlarge")]
    X2gd16xlarge,
    /// `x2gd.metal`
    #[aws(value = "x2gd.metal")]
    X2gdMetal,
    /// `z1d.large`
    #[aws(value = "z1d.large")]
    Z1dLarge,
    /// `z1d.xlarge`
    #[aws(value = "z1d.xlarge")]
    Z1dXlarge,
    /// `z1d.2xlarge`
    #[aws(value = "z1d.2xlarge")]
    Z1d2xlarge,
    /// `z1d.3xlarge`
    #[aws(value = "z1d.3xlarge")]
    Z1d3xlarge,
    /// `z1d.6xlarge`
    #[aws(value = "z1d.6xlarge")]
    Z1d6xlarge,
    /// `z1d.12xlarge`
    #[aws(value = "z1d.12xlarge")]
    Z1d12xlarge,
    /// `z1d.metal`
    #[aws(value = "z1d.metal")]
    Z1dMetal,
    /// `x2idn.16xlarge`
    #[aws(value = "x2idn.16xlarge")]
    X2idn16xlarge,
    /// `x2idn.24xlarge`
    #[aws(value = "x2idn.24xlarge")]
    X2idn24xlarge,
    /// `x2idn.32xlarge`
    #[aws(value = "x2idn.32xlarge")]
    X2idn32xlarge,
    /// `x2iedn.xlarge`
    #[aws(value = "x2iedn.xlarge")]
    X2iednXlarge,
    /// `x2iedn.2xlarge`
    #[aws(value = "x2iedn.2xlarge")]
    X2iedn2xlarge,
    /// `x2iedn.4xlarge`
    #[aws(value = "x2iedn.4xlarge")]
    X2iedn4xlarge,
    /// `x2iedn.8xlarge`
    #[aws(value = "x2iedn.8xlarge")]
    X2iedn8xlarge,
    /// `x2iedn.16xlarge`
    #[aws(value = "x2iedn.16xlarge")]
    X2iedn16xlarge,
    /// `x2iedn.24xlarge`
    #[aws(value = "x2iedn.24xlarge")]
    X2iedn24xlarge,
    /// `x2iedn.32xlarge`
    #[aws(value = "x2iedn.32xlarge")]
    X2iedn32xlarge,
    /// `c6a.large`
    #[aws(value = "c6a.large")]
    C6aLarge,
    /// `c6a.xlarge`
    #[aws(value = "c6a.xlarge")]
    C6aXlarge,
    /// `c6a.2xlarge`
    #[aws(value = "c6a.2xlarge")]
    C6a2xlarge,
    /// `c6a.4xlarge`
    #[aws(value = "c6a.4xlarge")]
    C6a4xlarge,
    /// `c6a.8xlarge`
    #[aws(value = "c6a.8xlarge")]
    C6a8xlarge,
    /// `c6a.12xlarge`
    #[aws(value = "c6a.12xlarge")]
    C6a12xlarge,
    /// `c6a.16xlarge`
    #[aws(value = "c6a.16xlarge")]
    C6a16xlarge,
    /// `c6a.24xlarge`
    #[aws(value = "c6a.24xlarge")]
    C6a24xlarge,
    /// `c6a.32xlarge`
    #[aws(value = "c6a.32xlarge")]
    C6a32xlarge,
    /// `c6a.48xlarge`
    #[aws(value = "c6a.48xlarge")]
    C6a48xlarge,
    /// `c6a.metal`
    #[aws(value = "c6a.metal")]
    C6aMetal,
    /// `m6a.metal`
    #[aws(value = "m6a.metal")]
    M6aMetal,
    /// `i4i.large`
    #[aws(value = "i4i.large")]
    I4iLarge,
    /// `i4i.xlarge`
    #[aws(value = "i4i.xlarge")]
    I4iXlarge,
    /// `i4i.2xlarge`
    #[aws(value = "i4i.2xlarge")]
    I4i2xlarge,
    /// `i4i.4xlarge`
    #[aws(value = "i4i.4xlarge")]
    I4i4xlarge,
    /// `i4i.8xlarge`
    #[aws(value = "i4i.8xlarge")]
    I4i8xlarge,
    /// `i4i.16xlarge`
    #[aws(value = "i4i.16xlarge")]
    I4i16xlarge,
    /// `i4i.32xlarge`
    #[aws(value = "i4i.32xlarge")]
    I4i32xlarge,
    /// `i4i.metal`
    #[aws(value = "i4i.metal")]
    I4iMetal,
    /// `x2idn.metal`
    #[aws(value = "x2idn.metal")]
    X2idnMetal,
    /// `x2iedn.metal`
    #[aws(value = "x2iedn.metal")]
    X2iednMetal,
    /// `c7g.medium`
    #[aws(value = "c7g.medium")]
    C7gMedium,
    /// `c7g.large`
    #[aws(value = "c7g.large")]
    C7gLarge,
    /// `c7g.xlarge`
    #[aws(value = "c7g.xlarge")]
    C7gXlarge,
    /// `c7g.2xlarge`
    #[aws(value = "c7g.2xlarge")]
    C7g2xlarge,
    /// `c7g.4xlarge`
    #[aws(value = "c7g.4xlarge")]
    C7g4xlarge,
    /// `c7g.8xlarge`
    #[aws(value = "c7g.8xlarge")]
    C7g8xlarge,
    /// `c7g.12xlarge`
    #[aws(value = "c7g.12xlarge")]
    C7g12xlarge,
    /// `c7g.16xlarge`
    #[aws(value = "c7g.16xlarge")]
    C7g16xlarge,
    /// `mac2.metal`
    #[aws(value = "mac2.metal")]
    Mac2Metal,
    /// `c6id.large`
    #[aws(value = "c6id.large")]
    C6idLarge,
    /// `c6id.xlarge`
    #[aws(value = "c6id.xlarge")]
    C6idXlarge,
    /// `c6id.2xlarge`
    #[aws(value = "c6id.2xlarge")]
    C6id2xlarge,
    /// `c6id.4xlarge`
    #[aws(value = "c6id.4xlarge")]
    C6id4xlarge,
    /// `c6id.8xlarge`
    #[aws(value = "c6id.8xlarge")]
    C6id8xlarge,
    /// `c6id.12xlarge`
    #[aws(value = "c6id.12xlarge")]
    C6id12xlarge,
    /// `c6id.16xlarge`
    #[aws(value = "c6id.16xlarge")]
    C6id16xlarge,
    /// `c6id.24xlarge`
    #[aws(value = "c6id.24xlarge")]
    C6id24xlarge,
    /// `c6id.32xlarge`
    #[aws(value = "c6id.32xlarge")]
    C6id32xlarge,
    /// `c6id.metal`
    #[aws(value = "c6id.metal")]
    C6idMetal,
    /// `m6id.large`
    #[aws(value = "m6id.large")]
    M6idLarge,
    /// `m6id.xlarge`
    #[aws(value = "m6id.xlarge")]
    M6idXlarge,
    /// `m6id.2xlarge`
    #[aws(value = "m6id.2xlarge")]
    M6id2xlarge,
    /// `m6id.4xlarge`
    #[aws(value = "m6id.4xlarge")]
    M6id4xlarge,
    /// `m6id.8xlarge`
    #[aws(value = "m6id.8xlarge")]
    M6id8xlarge,
    /// `m6id.12xlarge`
    #[aws(value = "m6id.12xlarge")]
    M6id12xlarge,
    /// `m6id.16xlarge`
    #[aws(value = "m6id.16xlarge")]
    M6id16xlarge,
    /// `m6id.24xlarge`
    #[aws(value = "m6id.24xlarge")]
    M6id24xlarge,
    /// `m6id.32xlarge`
    #[aws(value = "m6id.32xlarge")]
    M6id32xlarge,
    /// `m6id.metal`
    #[aws(value = "m6id.metal")]
    M6idMetal,
    /// `r6id.large`
    #[aws(value = "r6id.large")]
    R6idLarge,
    /// `r6id.xlarge`
    #[aws(value = "r6id.xlarge")]
    R6idXlarge,
    /// `r6id.2xlarge`
    #[aws(value = "r6id.2xlarge")]
    R6id2xlarge,
    /// `r6id.4xlarge`
    #[aws(value = "r6id.4xlarge")]
    R6id4xlarge,
    /// `r6id.8xlarge`
    #[aws(value = "r6id.8xlarge")]
    R6id8xlarge,
    /// `r6id.12xlarge`
    #[aws(value = "r6id.12xlarge")]
    R6id12xlarge,
    /// `r6id.16xlarge`
    #[aws(value = "r6id.16xlarge")]
    R6id16xlarge,
    /// `r6id.24xlarge`
    #[aws(value = "r6id.24xlarge")]
    R6id24xlarge,
    /// `r6id.32xlarge`
    #[aws(value = "r6id.32xlarge")]
    R6id32xlarge,
    /// `r6id.metal`
    #[aws(value = "r6id.metal")]
    R6idMetal,
    /// `r6a.large`
    #[aws(value = "r6a.large")]
    R6aLarge,
    /// `r6a.xlarge`
    #[aws(value = "r6a.xlarge")]
    R6aXlarge,
    /// `r6a.2xlarge`
    #[aws(value = "r6a.2xlarge")]
    R6a2xlarge,
    /// `r6a.4xlarge`
    #[aws(value = "r6a.4xlarge")]
    R6a4xlarge,
    /// `r6a.8xlarge`
    #[aws(value = "r6a.8xlarge")]
    R6a8xlarge,
    /// `r6a.12xlarge`
    #[aws(value = "r6a.12xlarge")]
    R6a12xlarge,
    /// `r6a.16xlarge`
    #[aws(value = "r6a.16xlarge")]
    R6a16xlarge,
    /// `r6a.24xlarge`
    #[aws(value = "r6a.24xlarge")]
    R6a24xlarge,
    /// `r6a.32xlarge`
    #[aws(value = "r6a.32xlarge")]
    R6a32xlarge,
    /// `r6a.48xlarge`
    #[aws(value = "r6a.48xlarge")]
    R6a48xlarge,
    /// `r6a.metal`
    #[aws(value = "r6a.metal")]
    R6aMetal,
    /// `p4de.24xlarge`
    #[aws(value = "p4de.24xlarge")]
    P4de24xlarge,
    /// `u-3tb1.56xlarge`
    #[aws(value = "u-3tb1.56xlarge")]
    U3tb156xlarge,
    /// `u-18tb1.112xlarge`
    #[aws(value = "u-18tb1.112xlarge")]
    U18tb1112xlarge,
    /// `u-24tb1.112xlarge`
    #[aws(value = "u-24tb1.112xlarge")]
    U24tb1112xlarge,
    /// `trn1.2xlarge`
    #[aws(value = "trn1.2xlarge")]
    Trn12xlarge,
    /// `trn1.32xlarge`
    #[aws(value = "trn1.32xlarge")]
    Trn132xlarge,
    /// `hpc6id.32xlarge`
    #[aws(value = "hpc6id.32xlarge")]
    Hpc6id32xlarge,
    /// `c6in.large`
    #[aws(value = "c6in.large")]
    C6inLarge,
    /// `c6in.xlarge`
    #[aws(value = "c6in.xlarge")]
    C6inXlarge,
    /// `c6in.2xlarge`
    #[aws(value = "c6in.2xlarge")]
    C6in2xlarge,
    /// `c6in.4xlarge`
    #[aws(value = "c6in.4xlarge")]
    C6in4xlarge,
    /// `c6in.8xlarge`
    #[aws(value = "c6in.8xlarge")]
    C6in8xlarge,
    /// `c6in.12xlarge`
    #[aws(value = "c6in.12xlarge")]
    C6in12xlarge,
    /// `c6in.16xlarge`
    #[aws(value = "c6in.16xlarge")]
    C6in16xlarge,
    /// `c6in.24xlarge`
    #[aws(value = "c6in.24xlarge")]
    C6in24xlarge,
    /// `c6in.32xlarge`
    #[aws(value = "c6in.32xlarge")]
    C6in32xlarge,
    /// `m6in.large`
    #[aws(value = "m6in.large")]
    M6inLarge,
    /// `m6in.xlarge`
    #[aws(value = "m6in.xlarge")]
    M6inXlarge,
    /// `m6in.2xlarge`
    #[aws(value = "m6in.2xlarge")]
    M6in2xlarge,
    /// `m6in.4xlarge`
    #[aws(value = "m6in.4xlarge")]
    M6in4xlarge,
    /// `m6in.8xlarge`
    #[aws(value = "m6in.8xlarge")]
    M6in8xlarge,
    /// `m6in.12xlarge`
    #[aws(value = "m6in.12xlarge")]
    M6in12xlarge,
    /// `m6in.16xlarge`
    #[aws(value = "m6in.16xlarge")]
    M6in16xlarge,
    /// `m6in.24xlarge`
    #[aws(value = "m6in.24xlarge")]
    M6in24xlarge,
    /// `m6in.32xlarge`
    #[aws(value = "m6in.32xlarge")]
    M6in32xlarge,
    /// `m6idn.large`
    #[aws(value = "m6idn.large")]
    M6idnLarge,
    /// `m6idn.xlarge`
    #[aws(value = "m6idn.xlarge")]
    M6idnXlarge,
    /// `m6idn.2xlarge`
    #[aws(value = "m6idn.2xlarge")]
    M6idn2xlarge,
    /// `m6idn.4xlarge`
    #[aws(value = "m6idn.4xlarge")]
    M6idn4xlarge,
    /// `m6idn.8xlarge`
    #[aws(value = "m6idn.8xlarge")]
    M6idn8xlarge,
    /// `m6idn.12xlarge`
    #[aws(value = "m6idn.12xlarge")]
    M6idn12xlarge,
    /// `m6idn.16xlarge`
    #[aws(value = "m6idn.16xlarge")]
    M6idn16xlarge,
    /// `m6idn.24xlarge`
    #[aws(value = "m6idn.24xlarge")]
    M6idn24xlarge,
    /// `m6idn.32xlarge`
    #[aws(value = "m6idn.32xlarge")]
    M6idn32xlarge,
    /// `r6in.large`
    #[aws(value = "r6in.large")]
    R6inLarge,
    /// `r6in.xlarge`
    #[aws(value = "r6in.xlarge")]
    R6inXlarge,
    /// `r6in.2xlarge`
    #[aws(value = "r6in.2xlarge")]
    R6in2xlarge,
    /// `r6in.4xlarge`
    #[aws(value = "r6in.4xlarge")]
    R6in4xlarge,
    /// `r6in.8xlarge`
    #[aws(value = "r6in.8xlarge")]
    R6in8xlarge,
    /// `r6in.12xlarge`
    #[aws(value = "r6in.12xlarge")]
    R6in12xlarge,
    /// `r6in.16xlarge`
    #[aws(value = "r6in.16xlarge")]
    R6in16xlarge,
    /// `r6in.24xlarge`
    #[aws(value = "r6in.24xlarge")]
    R6in24xlarge,
    /// `r6in.32xlarge`
    #[aws(value = "r6in.32xlarge")]
    R6in32xlarge,
    /// `r6idn.large`
    #[aws(value = "r6idn.large")]
    R6idnLarge,
    /// `r6idn.xlarge`
    #[aws(value = "r6idn.xlarge")]
    R6idnXlarge,
    /// `r6idn.2xlarge`
    #[aws(value = "r6idn.2xlarge")]
    R6idn2xlarge,
    /// `r6idn.4xlarge`
    #[aws(value = "r6idn.4xlarge")]
    R6idn4xlarge,
    /// `r6idn.8xlarge`
    #[aws(value = "r6idn.8xlarge")]
    R6idn8xlarge,
    /// `r6idn.12xlarge`
    #[aws(value = "r6idn.12xlarge")]
    R6idn12xlarge,
    /// `r6idn.16xlarge`
    #[aws(value = "r6idn.16xlarge")]
    R6idn16xlarge,
    /// `r6idn.24xlarge`
    #[aws(value = "r6idn.24xlarge")]
    R6idn24xlarge,
    /// `r6idn.32xlarge`
    #[aws(value = "r6idn.32xlarge")]
    R6idn32xlarge,
    /// `c7g.metal`
    #[aws(value = "c7g.metal")]
    C7gMetal,
    /// `m7g.medium`
    #[aws(value = "m7g.medium")]
    M7gMedium,
    /// `m7g.large`
    #[aws(value = "m7g.large")]
    M7gLarge,
    /// `m7g.xlarge`
    #[aws(value = "m7g.xlarge")]
    M7gXlarge,
    /// `m7g.2xlarge`
    #[aws(value = "m7g.2xlarge")]
    M7g2xlarge,
    /// `m7g.4xlarge`
    #[aws(value = "m7g.4xlarge")]
    M7g4xlarge,
    /// `m7g.8xlarge`
    #[aws(value = "m7g.8xlarge")]
    M7g8xlarge,
    /// `m7g.12xlarge`
    #[aws(value = "m7g.12xlarge")]
    M7g12xlarge,
    /// `m7g.16xlarge`
    #[aws(value = "m7g.16xlarge")]
    M7g16xlarge,
    /// `m7g.metal`
    #[aws(value = "m7g.metal")]
    M7gMetal,
    /// `r7g.medium`
    #[aws(value = "r7g.medium")]
    R7gMedium,
    /// `r7g.large`
    #[aws(value = "r7g.large")]
    R7gLarge,
    /// `r7g.xlarge`
    #[aws(value = "r7g.xlarge")]
    R7gXlarge,
    /// `r7g.2xlarge`
    #[aws(value = "r7g.2xlarge")]
    R7g2xlarge,
    /// `r7g.4xlarge`
    #[aws(value = "r7g.4xlarge")]
    R7g4xlarge,
    /// `r7g.8xlarge`
    #[aws(value = "r7g.8xlarge")]
    R7g8xlarge,
    /// `r7g.12xlarge`
    #[aws(value = "r7g.12xlarge")]
    R7g12xlarge,
    /// `r7g.16xlarge`
    #[aws(value = "r7g.16xlarge")]
    R7g16xlarge,
    /// `r7g.metal`
    #[aws(value = "r7g.metal")]
    R7gMetal,
    /// `c6in.metal`
    #[aws(value = "c6in.metal")]
    C6inMetal,
    /// `m6in.metal`
    #[aws(value = "m6in.metal")]
    M6inMetal,
    /// `m6idn.metal`
    #[aws(value = "m6idn.metal")]
    M6idnMetal,
    /// `r6in.metal`
    #[aws(value = "r6in.metal")]
    R6inMetal,
    /// `r6idn.metal`
    #[aws(value = "r6idn.metal")]
    R6idnMetal,
    /// `inf2.xlarge`
    #[aws(value = "inf2.xlarge")]
    Inf2Xlarge,
    /// `inf2.8xlarge`
    #[aws(value = "inf2.8xlarge")]
    Inf28xlarge,
    /// `inf2.24xlarge`
    #[aws(value = "inf2.24xlarge")]
    Inf224xlarge,
    /// `inf2.48xlarge`
    #[aws(value = "inf2.48xlarge")]
    Inf248xlarge,
    /// `trn1n.32xlarge`
    #[aws(value = "trn1n.32xlarge")]
    Trn1n32xlarge,
    /// `i4g.large`
    #[aws(value = "i4g.large")]
    I4gLarge,
    /// `i4g.xlarge`
    #[aws(value = "i4g.xlarge")]
    I4gXlarge,
    /// `i4g.2xlarge`
    #[aws(value = "i4g.2xlarge")]
    I4g2xlarge,
    /// `i4g.4xlarge`
    #[aws(value = "i4g.4xlarge")]
    I4g4xlarge,
    /// `i4g.8xlarge`
    #[aws(value = "i4g.8xlarge")]
    I4g8xlarge,
    /// `i4g.16xlarge`
    #[aws(value = "i4g.16xlarge")]
    I4g16xlarge,
    /// `hpc7g.4xlarge`
    #[aws(value = "hpc7g.4xlarge")]
    Hpc7g4xlarge,
    /// `hpc7g.8xlarge`
    #[aws(value = "hpc7g.8xlarge")]
    Hpc7g8xlarge,
    /// `hpc7g.16xlarge`
    #[aws(value = "hpc7g.16xlarge")]
    Hpc7g16xlarge,
    /// `c7gn.medium`
    #[aws(value = "c7gn.medium")]
    C7gnMedium,
    /// `c7gn.large`
    #[aws(value = "c7gn.large")]
    C7gnLarge,
    /// `c7gn.xlarge`
    #[aws(value = "c7gn.xlarge")]
    C7gnXlarge,
    /// `c7gn.2xlarge`
    #[aws(value = "c7gn.2xlarge")]
    C7gn2xlarge,
    /// `c7gn.4xlarge`
    #[aws(value = "c7gn.4xlarge")]
    C7gn4xlarge,
    /// `c7gn.8xlarge`
    #[aws(value = "c7gn.8xlarge")]
    C7gn8xlarge,
    /// `c7gn.12xlarge`
    #[aws(value = "c7gn.12xlarge")]
    C7gn12xlarge,
    /// `c7gn.16xlarge`
    #[aws(value = "c7gn.16xlarge")]
    C7gn16xlarge,
    /// `p5.48xlarge`
    #[aws(value = "p5.48xlarge")]
    P548xlarge,
    /// `m7i.large`
    #[aws(value = "m7i.large")]
    M7iLarge,
    /// `m7i.xlarge`
    #[aws(value = "m7i.xlarge")]
    M7iXlarge,
    /// `m7i.2xlarge`
    #[aws(value = "m7i.2xlarge")]
    M7i2xlarge,
    /// `m7i.4xlarge`
    #[aws(value = "m7i.4xlarge")]
    M7i4xlarge,
    /// `m7i.8xlarge`
    #[aws(value = "m7i.8xlarge")]
    M7i8xlarge,
    /// `m7i.12xlarge`
    #[aws(value = "m7i.12xlarge")]
    M7i12xlarge,
    /// `m7i.16xlarge`
    #[aws(value = "m7i.16xlarge")]
    M7i16xlarge,
    /// `m7i.24xlarge`
    #[aws(value = "m7i.24xlarge")]
    M7i24xlarge,
    /// `m7i.48xlarge`
    #[aws(value = "m7i.48xlarge")]
    M7i48xlarge,
    /// `m7i-flex.large`
    #[aws(value = "m7i-flex.large")]
    M7iFlexLarge,
    /// `m7i-flex.xlarge`
    #[aws(value = "m7i-flex.xlarge")]
    M7iFlexXlarge,
    /// `m7i-flex.2xlarge`
    #[aws(value = "m7i-flex.2xlarge")]
    M7iFlex2xlarge,
    /// `m7i-flex.4xlarge`
    #[aws(value = "m7i-flex.4xlarge")]
    M7iFlex4xlarge,
    /// `m7i-flex.8xlarge`
    #[aws(value = "m7i-flex.8xlarge")]
    M7iFlex8xlarge,
    /// `m7a.medium`
    #[aws(value = "m7a.medium")]
    M7aMedium,
    /// `m7a.large`
    #[aws(value = "m7a.large")]
    M7aLarge,
    /// `m7a.xlarge`
    #[aws(value = "m7a.xlarge")]
    M7aXlarge,
    /// `m7a.2xlarge`
    #[aws(value = "m7a.2xlarge")]
    M7a2xlarge,
    /// `m7a.4xlarge`
    #[aws(value = "m7a.4xlarge")]
    M7a4xlarge,
    /// `m7a.8xlarge`
    #[aws(value = "m7a.8xlarge")]
    M7a8xlarge,
    /// `m7a.12xlarge`
    #[aws(value = "m7a.12xlarge")]
    M7a12xlarge,
    /// `m7a.16xlarge`
    #[aws(value = "m7a.16xlarge")]
    M7a16xlarge,
    /// `m7a.24xlarge`
    #[aws(value = "m7a.24xlarge")]
    M7a24xlarge,
    /// `m7a.32xlarge`
    #[aws(value = "m7a.32xlarge")]
    M7a32xlarge,
    /// `m7a.48xlarge`
    #[aws(value = "m7a.48xlarge")]
    M7a48xlarge,
    /// `m7a.metal-48xl`
    #[aws(value = "m7a.metal-48xl")]
    M7aMetal48xl,
    /// `hpc7a.12xlarge`
    #[aws(value = "hpc7a.12xlarge")]
    Hpc7a12xlarge,
    /// `hpc7a.24xlarge`
    #[aws(value = "hpc7a.24xlarge")]
    Hpc7a24xlarge,
    /// `hpc7a.48xlarge`
    #[aws(value = "hpc7a.48xlarge")]
    Hpc7a48xlarge,
    /// `hpc7a.96xlarge`
    #[aws(value = "hpc7a.96xlarge")]
    Hpc7a96xlarge,
    /// `c7gd.medium`
    #[aws(value = "c7gd.medium")]
    C7gdMedium,
    /// `c7gd.large`
    #[aws(value = "c7gd.large")]
    C7gdLarge,
    /// `c7gd.xlarge`
    #[aws(value = "c7gd.xlarge")]
    C7gdXlarge,
    /// `c7gd.2xlarge`
    #[aws(value = "c7gd.2xlarge")]
    C7gd2xlarge,
    /// `c7gd.4xlarge`
    #[aws(value = "c7gd.4xlarge")]
    C7gd4xlarge,
    /// `c7gd.8xlarge`
    #[aws(value = "c7gd.8xlarge")]
    C7gd8xlarge,
    /// `c7gd.12xlarge`
    #[aws(value = "c7gd.12xlarge")]
    C7gd12xlarge,
    /// `c7gd.16xlarge`
    #[aws(value = "c7gd.16xlarge")]
    C7gd16xlarge,
    /// `m7gd.medium`
    #[aws(value = "m7gd.medium")]
    M7gdMedium,
    /// `m7gd.large`
    #[aws(value = "m7gd.large")]
    M7gdLarge,
    /// `m7gd.xlarge`
    #[aws(value = "m7gd.xlarge")]
    M7gdXlarge,
    /// `m7gd.2xlarge`
    #[aws(value = "m7gd.2xlarge")]
    M7gd2xlarge,
    /// `m7gd.4xlarge`
    #[aws(value = "m7gd.4xlarge")]
    M7gd4xlarge,
    /// `m7gd.8xlarge`
    #[aws(value = "m7gd.8xlarge")]
    M7gd8xlarge,
    /// `m7gd.12xlarge`
    #[aws(value = "m7gd.12xlarge")]
    M7gd12xlarge,
    /// `m7gd.16xlarge`
    #[aws(value = "m7gd.16xlarge")]
    M7gd16xlarge,
    /// `r7gd.medium`
    #[aws(value = "r7gd.medium")]
    R7gdMedium,
    /// `r7gd.large`
    #[aws(value = "r7gd.large")]
    R7gdLarge,
    /// `r7gd.xlarge`
    #[aws(value = "r7gd.xlarge")]
    R7gdXlarge,
    /// `r7gd.2xlarge`
    #[aws(value = "r7gd.2xlarge")]
    R7gd2xlarge,
    /// `r7gd.4xlarge`
    #[aws(value = "r7gd.4xlarge")]
    R7gd4xlarge,
    /// `r7gd.8xlarge`
    #[aws(value = "r7gd.8xlarge")]
    R7gd8xlarge,
    /// `r7gd.12xlarge`
    #[aws(value = "r7gd.12xlarge")]
    R7gd12xlarge,
    /// `r7gd.16xlarge`
    #[aws(value = "r7gd.16xlarge")]
    R7gd16xlarge,
    /// `r7a.medium`
    #[aws(value = "r7a.medium")]
    R7aMedium,
    /// `r7a.large`
    #[aws(value = "r7a.large")]
    R7aLarge,
    /// `r7a.xlarge`
    #[aws(value = "r7a.xlarge")]
    R7aXlarge,
    /// `r7a.2xlarge`
    #[aws(value = "r7a.2xlarge")]
    R7a2xlarge,
    /// `r7a.4xlarge`
    #[aws(value = "r7a.4xlarge")]
    R7a4xlarge,
    /// `r7a.8xlarge`
    #[aws(value = "r7a.8xlarge")]
    R7a8xlarge,
    /// `r7a.12xlarge`
    #[aws(value = "r7a.12xlarge")]
    R7a12xlarge,
    /// `r7a.16xlarge`
    #[aws(value = "r7a.16xlarge")]
    R7a16xlarge,
    /// `r7a.24xlarge`
    #[aws(value = "r7a.24xlarge")]
    R7a24xlarge,
    /// `r7a.32xlarge`
    #[aws(value = "r7a.32xlarge")]
    R7a32xlarge,
    /// `r7a.48xlarge`
    #[aws(value = "r7a.48xlarge")]
    R7a48xlarge,
    /// `c7i.large`
    #[aws(value = "c7i.large")]
    C7iLarge,
    /// `c7i.xlarge`
    #[aws(value = "c7i.xlarge")]
    C7iXlarge,
    /// `c7i.2xlarge`
    #[aws(value = "c7i.2xlarge")]
    C7i2xlarge,
    /// `c7i.4xlarge`
    #[aws(value = "c7i.4xlarge")]
    C7i4xlarge,
    /// `c7i.8xlarge`
    #[aws(value = "c7i.8xlarge")]
    C7i8xlarge,
    /// `c7i.12xlarge`
    #[aws(value = "c7i.12xlarge")]
    C7i12xlarge,
    /// `c7i.16xlarge`
    #[aws(value = "c7i.16xlarge")]
    C7i16xlarge,
    /// `c7i.24xlarge`
    #[aws(value = "c7i.24xlarge")]
    C7i24xlarge,
    /// `c7i.48xlarge`
    #[aws(value = "c7i.48xlarge")]
    C7i48xlarge,
    /// `mac2-m2pro.metal`
    #[aws(value = "mac2-m2pro.metal")]
    Mac2M2proMetal,
    /// `r7iz.large`
    #[aws(value = "r7iz.large")]
    R7izLarge,
    /// `r7iz.xlarge`
    #[aws(value = "r7iz.xlarge")]
    R7izXlarge,
    /// `r7iz.2xlarge`
    #[aws(value = "r7iz.2xlarge")]
    R7iz2xlarge,
    /// `r7iz.4xlarge`
    #[aws(value = "r7iz.4xlarge")]
    R7iz4xlarge,
    /// `r7iz.8xlarge`
    #[aws(value = "r7iz.8xlarge")]
    R7iz8xlarge,
    /// `r7iz.12xlarge`
    #[aws(value = "r7iz.12xlarge")]
    R7iz12xlarge,
    /// `r7iz.16xlarge`
    #[aws(value = "r7iz.16xlarge")]
    R7iz16xlarge,
    /// `r7iz.32xlarge`
    #[aws(value = "r7iz.32xlarge")]
    R7iz32xlarge,
    /// `c7a.medium`
    #[aws(value = "c7a.medium")]
    C7aMedium,
    /// `c7a.large`
    #[aws(value = "c7a.large")]
    C7aLarge,
    /// `c7a.xlarge`
    #[aws(value = "c7a.xlarge")]
    C7aXlarge,
    /// `c7a.2xlarge`
    #[aws(value = "c7a.2xlarge")]
    C7a2xlarge,
    /// `c7a.4xlarge`
    #[aws(value = "c7a.4xlarge")]
    C7a4xlarge,
    /// `c7a.8xlarge`
    #[aws(value = "c7a.8xlarge")]
    C7a8xlarge,
    /// `c7a.12xlarge`
    #[aws(value = "c7a.12xlarge")]
    C7a12xlarge,
    /// `c7a.16xlarge`
    #[aws(value = "c7a.16xlarge")]
    C7a16xlarge,
    /// `c7a.24xlarge`
    #[aws(value = "c7a.24xlarge")]
    C7a24xlarge,
    /// `c7a.32xlarge`
    #[aws(value = "c7a.32xlarge")]
    C7a32xlarge,
    /// `c7a.48xlarge`
    #[aws(value = "c7a.48xlarge")]
    C7a48xlarge,
    /// `c7a.metal-48xl`
    #[aws(value = "c7a.metal-48xl")]
    C7aMetal48xl,
    /// `r7a.metal-48xl`
    #[aws(value = "r7a.metal-48xl")]
    R7aMetal48xl,
    /// `r7i.large`
    #[aws(value = "r7i.large")]
    R7iLarge,
    /// `r7i.xlarge`
    #[aws(value = "r7i.xlarge")]
    R7iXlarge,
    /// `r7i.2xlarge`
    #[aws(value = "r7i.2xlarge")]
    R7i2xlarge,
    /// `r7i.4xlarge`
    #[aws(value = "r7i.4xlarge")]
    R7i4xlarge,
    /// `r7i.8xlarge`
    #[aws(value = "r7i.8xlarge")]
    R7i8xlarge,
    /// `r7i.12xlarge`
    #[aws(value = "r7i.12xlarge")]
    R7i12xlarge,
    /// `r7i.16xlarge`
    #[aws(value = "r7i.16xlarge")]
    R7i16xlarge,
    /// `r7i.24xlarge`
    #[aws(value = "r7i.24xlarge")]
    R7i24xlarge,
    /// `r7i.48xlarge`
    #[aws(value = "r7i.48xlarge")]
    R7i48xlarge,
    /// `dl2q.24xlarge`
    #[aws(value = "dl2q.24xlarge")]
    Dl2q24xlarge,
    /// `mac2-m2.metal`
    #[aws(value = "mac2-m2.metal")]
    Mac2M2Metal,
    /// `i4i.12xlarge`
    #[aws(value = "i4i.12xlarge")]
    I4i12xlarge,
    /// `i4i.24xlarge`
    #[aws(value = "i4i.24xlarge")]
    I4i24xlarge,
    /// `c7i.metal-24xl`
    #[aws(value = "c7i.metal-24xl")]
    C7iMetal24xl,
    /// `c7i.metal-48xl`
    #[aws(value = "c7i.metal-48xl")]
    C7iMetal48xl,
    /// `m7i.metal-24xl`
    #[aws(value = "m7i.metal-24xl")]
    M7iMetal24xl,
    /// `m7i.metal-48xl`
    #[aws(value = "m7i.metal-48xl")]
    M7iMetal48xl,
    /// `r7i.metal-24xl`
    #[aws(value = "r7i.metal-24xl")]
    R7iMetal24xl,
    /// `r7i.metal-48xl`
    #[aws(value = "r7i.metal-48xl")]
    R7iMetal48xl,
    /// `r7iz.metal-16xl`
    #[aws(value = "r7iz.metal-16xl")]
    R7izMetal16xl,
    /// `r7iz.metal-32xl`
    #[aws(value = "r7iz.metal-32xl")]
    R7izMetal32xl,
    /// `c7gd.metal`
    #[aws(value = "c7gd.metal")]
    C7gdMetal,
    /// `m7gd.metal`
    #[aws(value = "m7gd.metal")]
    M7gdMetal,
    /// `r7gd.metal`
    #[aws(value = "r7gd.metal")]
    R7gdMetal,
    /// `g6.xlarge`
    #[aws(value = "g6.xlarge")]
    G6Xlarge,
    /// `g6.2xlarge`
    #[aws(value = "g6.2xlarge")]
    G62xlarge,
    /// `g6.4xlarge`
    #[aws(value = "g6.4xlarge")]
    G64xlarge,
    /// `g6.8xlarge`
    #[aws(value = "g6.8xlarge")]
    G68xlarge,
    /// `g6.12xlarge`
    #[aws(value = "g6.12xlarge")]
    G612xlarge,
    /// `g6.16xlarge`
    #[aws(value = "g6.16xlarge")]
    G616xlarge,
    /// `g6.24xlarge`
    #[aws(value = "g6.24xlarge")]
    G624xlarge,
    /// `g6.48xlarge`
    #[aws(value = "g6.48xlarge")]
    G648xlarge,
    /// `gr6.4xlarge`
    #[aws(value = "gr6.4xlarge")]
    Gr64xlarge,
    /// `gr6.8xlarge`
    #[aws(value = "gr6.8xlarge")]
    Gr68xlarge,
    /// `c7i-flex.large`
    #[aws(value = "c7i-flex.large")]
    C7iFlexLarge,
    /// `c7i-flex.xlarge`
    #[aws(value = "c7i-flex.xlarge")]
    C7iFlexXlarge,
    /// `c7i-flex.2xlarge`
    #[aws(value = "c7i-flex.2xlarge")]
    C7iFlex2xlarge,
    /// `c7i-flex.4xlarge`
    #[aws(value = "c7i-flex.4xlarge")]
    C7iFlex4xlarge,
    /// `c7i-flex.8xlarge`
    #[aws(value = "c7i-flex.8xlarge")]
    C7iFlex8xlarge,
    /// `u7i-12tb.224xlarge`
    #[aws(value = "u7i-12tb.224xlarge")]
    U7i12tb224xlarge,
    /// `u7in-16tb.224xlarge`
    #[aws(value = "u7in-16tb.224xlarge")]
    U7in16tb224xlarge,
    /// `u7in-24tb.224xlarge`
    #[aws(value = "u7in-24tb.224xlarge")]
    U7in24tb224xlarge,
    /// `u7in-32tb.224xlarge`
    #[aws(value = "u7in-32tb.224xlarge")]
    U7in32tb224xlarge,
    /// `u7ib-12tb.224xlarge`
    #[aws(value = "u7ib-12tb.224xlarge")]
    U7ib12tb224xlarge,
    /// `c7gn.metal`
    #[aws(value = "c7gn.metal")]
    C7gnMetal,
    /// `r8g.medium`
    #[aws(value = "r8g.medium")]
    R8gMedium,
    /// `r8g.large`
    #[aws(value = "r8g.large")]
    R8gLarge,
    /// `r8g.xlarge`
    #[aws(value = "r8g.xlarge")]
    R8gXlarge,
    /// `r8g.2xlarge`
    #[aws(value = "r8g.2xlarge")]
    R8g2xlarge,
    /// `r8g.4xlarge`
    #[aws(value = "r8g.4xlarge")]
    R8g4xlarge,
    /// `r8g.8xlarge`
    #[aws(value = "r8g.8xlarge")]
    R8g8xlarge,
    /// `r8g.12xlarge`
    #[aws(value = "r8g.12xlarge")]
    R8g12xlarge,
    /// `r8g.16xlarge`
    #[aws(value = "r8g.16xlarge")]
    R8g16xlarge,
    /// `r8g.24xlarge`
    #[aws(value = "r8g.24xlarge")]
    R8g24xlarge,
    /// `r8g.48xlarge`
    #[aws(value = "r8g.48xlarge")]
    R8g48xlarge,
    /// `r8g.metal-24xl`
    #[aws(value = "r8g.metal-24xl")]
    R8gMetal24xl,
    /// `r8g.metal-48xl`
    #[aws(value = "r8g.metal-48xl")]
    R8gMetal48xl,
    /// `mac2-m1ultra.metal`
    #[aws(value = "mac2-m1ultra.metal")]
    Mac2M1ultraMetal,
    /// `g6e.xlarge`
    #[aws(value = "g6e.xlarge")]
    G6eXlarge,
    /// `g6e.2xlarge`
    #[aws(value = "g6e.2xlarge")]
    G6e2xlarge,
    /// `g6e.4xlarge`
    #[aws(value = "g6e.4xlarge")]
    G6e4xlarge,
    /// `g6e.8xlarge`
    #[aws(value = "g6e.8xlarge")]
    G6e8xlarge,
    /// `g6e.12xlarge`
    #[aws(value = "g6e.12xlarge")]
    G6e12xlarge,
    /// `g6e.16xlarge`
    #[aws(value = "g6e.16xlarge")]
    G6e16xlarge,
    /// `g6e.24xlarge`
    #[aws(value = "g6e.24xlarge")]
    G6e24xlarge,
    /// `g6e.48xlarge`
    #[aws(value = "g6e.48xlarge")]
    G6e48xlarge,
    /// `c8g.medium`
    #[aws(value = "c8g.medium")]
    C8gMedium,
    /// `c8g.large`
    #[aws(value = "c8g.large")]
    C8gLarge,
    /// `c8g.xlarge`
    #[aws(value = "c8g.xlarge")]
    C8gXlarge,
    /// `c8g.2xlarge`
    #[aws(value = "c8g.2xlarge")]
    C8g2xlarge,
    /// `c8g.4xlarge`
    #[aws(value = "c8g.4xlarge")]
    C8g4xlarge,
    /// `c8g.8xlarge`
    #[aws(value = "c8g.8xlarge")]
    C8g8xlarge,
    /// `c8g.12xlarge`
    #[aws(value = "c8g.12xlarge")]
    C8g12xlarge,
    /// `c8g.16xlarge`
    #[aws(value = "c8g.16xlarge")]
    C8g16xlarge,
    /// `c8g.24xlarge`
    #[aws(value = "c8g.24xlarge")]
    C8g24xlarge,
    /// `c8g.48xlarge`
    #[aws(value = "c8g.48xlarge")]
    C8g48xlarge,
    /// `c8g.metal-24xl`
    #[aws(value = "c8g.metal-24xl")]
    C8gMetal24xl,
    /// `c8g.metal-48xl`
    #[aws(value = "c8g.metal-48xl")]
    C8gMetal48xl,
    /// `m8g.medium`
    #[aws(value = "m8g.medium")]
    M8gMedium,
    /// `m8g.large`
    #[aws(value = "m8g.large")]
    M8gLarge,
    /// `m8g.xlarge`
    #[aws(value = "m8g.xlarge")]
    M8gXlarge,
    /// `m8g.2xlarge`
    #[aws(value = "m8g.2xlarge")]
    M8g2xlarge,
    /// `m8g.4xlarge`
    #[aws(value = "m8g.4xlarge")]
    M8g4xlarge,
    /// `m8g.8xlarge`
    #[aws(value = "m8g.8xlarge")]
    M8g8xlarge,
    /// `m8g.12xlarge`
    #[aws(value = "m8g.12xlarge")]
    M8g12xlarge,
    /// `m8g.16xlarge`
    #[aws(value = "m8g.16xlarge")]
    M8g16xlarge,
    /// `m8g.24xlarge`
    #[aws(value = "m8g.24xlarge")]
    M8g24xlarge,
    /// `m8g.48xlarge`
    #[aws(value = "m8g.48xlarge")]
    M8g48xlarge,
    /// `m8g.metal-24xl`
    #[aws(value = "m8g.metal-24xl")]
    M8gMetal24xl,
    /// `m8g.metal-48xl`
    #[aws(value = "m8g.metal-48xl")]
    M8gMetal48xl,
    /// `x8g.medium`
    #[aws(value = "x8g.medium")]
    X8gMedium,
    /// `x8g.large`
    #[aws(value = "x8g.large")]
    X8gLarge,
    /// `x8g.xlarge`
    #[aws(value = "x8g.xlarge")]
    X8gXlarge,
    /// `x8g.2xlarge`
    #[aws(value = "x8g.2xlarge")]
    X8g2xlarge,
    /// `x8g.4xlarge`
    #[aws(value = "x8g.4xlarge")]
    X8g4xlarge,
    /// `x8g.8xlarge`
    #[aws(value = "x8g.8xlarge")]
    X8g8xlarge,
    /// `x8g.12xlarge`
    #[aws(value = "x8g.12xlarge")]
    X8g12xlarge,
    /// `x8g.16xlarge`
    #[aws(value = "x8g.16xlarge")]
    X8g16xlarge,
    /// `x8g.24xlarge`
    #[aws(value = "x8g.24xlarge")]
    X8g24xlarge,
    /// `x8g.48xlarge`
    #[aws(value = "x8g.48xlarge")]
    X8g48xlarge,
    /// `x8g.metal-24xl`
    #[aws(value = "x8g.metal-24xl")]
    X8gMetal24xl,
    /// `x8g.metal-48xl`
    #[aws(value = "x8g.metal-48xl")]
    X8gMetal48xl,
    /// `i7ie.large`
    #[aws(value = "i7ie.large")]
    I7ieLarge,
    /// `i7ie.xlarge`
    #[aws(value = "i7ie.xlarge")]
    I7ieXlarge,
    /// `i7ie.2xlarge`
    #[aws(value = "i7ie.2xlarge")]
    I7ie2xlarge,
    /// `i7ie.3xlarge`
    #[aws(value = "i7ie.3xlarge")]
    I7ie3xlarge,
    /// `i7ie.6xlarge`
    #[aws(value = "i7ie.6xlarge")]
    I7ie6xlarge,
    /// `i7ie.12xlarge`
    #[aws(value = "i7ie.12xlarge")]
    I7ie12xlarge,
    /// `i7ie.18xlarge`
    #[aws(value = "i7ie.18xlarge")]
    I7ie18xlarge,
    /// `i7ie.24xlarge`
    #[aws(value = "i7ie.24xlarge")]
    I7ie24xlarge,
    /// `i7ie.48xlarge`
    #[aws(value = "i7ie.48xlarge")]
    I7ie48xlarge,
    /// `i8g.large`
    #[aws(value = "i8g.large")]
    I8gLarge,
    /// `i8g.xlarge`
    #[aws(value = "i8g.xlarge")]
    I8gXlarge,
    /// `i8g.2xlarge`
    #[aws(value = "i8g.2xlarge")]
    I8g2xlarge,
    /// `i8g.4xlarge`
    #[aws(value = "i8g.4xlarge")]
    I8g4xlarge,
    /// `i8g.8xlarge`
    #[aws(value = "i8g.8xlarge")]
    I8g8xlarge,
    /// `i8g.12xlarge`
    #[aws(value = "i8g.12xlarge")]
    I8g12xlarge,
    /// `i8g.16xlarge`
    #[aws(value = "i8g.16xlarge")]
    I8g16xlarge,
    /// `i8g.24xlarge`
    #[aws(value = "i8g.24xlarge")]
    I8g24xlarge,
    /// `i8g.metal-24xl`
    #[aws(value = "i8g.metal-24xl")]
    I8gMetal24xl,
    /// `u7i-6tb.112xlarge`
    #[aws(value = "u7i-6tb.112xlarge")]
    U7i6tb112xlarge,
    /// `u7i-8tb.112xlarge`
    #[aws(value = "u7i-8tb.112xlarge")]
    U7i8tb112xlarge,
    /// `u7inh-32tb.480xlarge`
    #[aws(value = "u7inh-32tb.480xlarge")]
    U7inh32tb480xlarge,
    /// `p5e.48xlarge`
    #[aws(value = "p5e.48xlarge")]
    P5e48xlarge,
    /// `p5en.48xlarge`
    #[aws(value = "p5en.48xlarge")]
    P5en48xlarge,
    /// `f2.12xlarge`
    #[aws(value = "f2.12xlarge")]
    F212xlarge,
    /// `f2.48xlarge`
    #[aws(value = "f2.48xlarge")]
    F248xlarge,
    /// `trn2.48xlarge`
    #[aws(value = "trn2.48xlarge")]
    Trn248xlarge,
    /// `c7i-flex.12xlarge`
    #[aws(value = "c7i-flex.12xlarge")]
    C7iFlex12xlarge,
    /// `c7i-flex.16xlarge`
    #[aws(value = "c7i-flex.16xlarge")]
    C7iFlex16xlarge,
    /// `m7i-flex.12xlarge`
    #[aws(value = "m7i-flex.12xlarge")]
    M7iFlex12xlarge,
    /// `m7i-flex.16xlarge`
    #[aws(value = "m7i-flex.16xlarge")]
    M7iFlex16xlarge,
    /// `i7ie.metal-24xl`
    #[aws(value = "i7ie.metal-24xl")]
    I7ieMetal24xl,
    /// `i7ie.metal-48xl`
    #[aws(value = "i7ie.metal-48xl")]
    I7ieMetal48xl,
    /// `i8g.48xlarge`
    #[aws(value = "i8g.48xlarge")]
    I8g48xlarge,
    /// `c8gd.medium`
    #[aws(value = "c8gd.medium")]
    C8gdMedium,
    /// `c8gd.large`
    #[aws(value = "c8gd.large")]
    C8gdLarge,
    /// `c8gd.xlarge`
    #[aws(value = "c8gd.xlarge")]
    C8gdXlarge,
    /// `c8gd.2xlarge`
    #[aws(value = "c8gd.2xlarge")]
    C8gd2xlarge,
    /// `c8gd.4xlarge`
    #[aws(value = "c8gd.4xlarge")]
    C8gd4xlarge,
    /// `c8gd.8xlarge`
    #[aws(value = "c8gd.8xlarge")]
    C8gd8xlarge,
    /// `c8gd.12xlarge`
    #[aws(value = "c8gd.12xlarge")]
    C8gd12xlarge,
    /// `c8gd.16xlarge`
    #[aws(value = "c8gd.16xlarge")]
    C8gd16xlarge,
    /// `c8gd.24xlarge`
    #[aws(value = "c8gd.24xlarge")]
    C8gd24xlarge,
    /// `c8gd.48xlarge`
    #[aws(value = "c8gd.48xlarge")]
    C8gd48xlarge,
    /// `c8gd.metal-24xl`
    #[aws(value = "c8gd.metal-24xl")]
    C8gdMetal24xl,
    /// `c8gd.metal-48xl`
    #[aws(value = "c8gd.metal-48xl")]
    C8gdMetal48xl,
    /// `i7i.large`
    #[aws(value = "i7i.large")]
    I7iLarge,
    /// `i7i.xlarge`
    #[aws(value = "i7i.xlarge")]
    I7iXlarge,
    /// `i7i.2xlarge`
    #[aws(value = "i7i.2xlarge")]
    I7i2xlarge,
    /// `i7i.4xlarge`
    #[aws(value = "i7i.4xlarge")]
    I7i4xlarge,
    /// `i7i.8xlarge`
    #[aws(value = "i7i.8xlarge")]
    I7i8xlarge,
    /// `i7i.12xlarge`
    #[aws(value = "i7i.12xlarge")]
    I7i12xlarge,
    /// `i7i.16xlarge`
    #[aws(value = "i7i.16xlarge")]
    I7i16xlarge,
    /// `i7i.24xlarge`
    #[aws(value = "i7i.24xlarge")]
    I7i24xlarge,
    /// `i7i.48xlarge`
    #[aws(value = "i7i.48xlarge")]
    I7i48xlarge,
    /// `i7i.metal-24xl`
    #[aws(value = "i7i.metal-24xl")]
    I7iMetal24xl,
    /// `i7i.metal-48xl`
    #[aws(value = "i7i.metal-48xl")]
    I7iMetal48xl,
    /// `p6-b200.48xlarge`
    #[aws(value = "p6-b200.48xlarge")]
    P6B20048xlarge,
    /// `m8gd.medium`
    #[aws(value = "m8gd.medium")]
    M8gdMedium,
    /// `m8gd.large`
    #[aws(value = "m8gd.large")]
    M8gdLarge,
    /// `m8gd.xlarge`
    #[aws(value = "m8gd.xlarge")]
    M8gdXlarge,
    /// `m8gd.2xlarge`
    #[aws(value = "m8gd.2xlarge")]
    M8gd2xlarge,
    /// `m8gd.4xlarge`
    #[aws(value = "m8gd.4xlarge")]
    M8gd4xlarge,
    /// `m8gd.8xlarge`
    #[aws(value = "m8gd.8xlarge")]
    M8gd8xlarge,
    /// `m8gd.12xlarge`
    #[aws(value = "m8gd.12xlarge")]
    M8gd12xlarge,
    /// `m8gd.16xlarge`
    #[aws(value = "m8gd.16xlarge")]
    M8gd16xlarge,
    /// `m8gd.24xlarge`
    #[aws(value = "m8gd.24xlarge")]
    M8gd24xlarge,
    /// `m8gd.48xlarge`
    #[aws(value = "m8gd.48xlarge")]
    M8gd48xlarge,
    /// `m8gd.metal-24xl`
    #[aws(value = "m8gd.metal-24xl")]
    M8gdMetal24xl,
    /// `m8gd.metal-48xl`
    #[aws(value = "m8gd.metal-48xl")]
    M8gdMetal48xl,
    /// `r8gd.medium`
    #[aws(value = "r8gd.medium")]
    R8gdMedium,
    /// `r8gd.large`
    #[aws(value = "r8gd.large")]
    R8gdLarge,
    /// `r8gd.xlarge`
    #[aws(value = "r8gd.xlarge")]
    R8gdXlarge,
    /// `r8gd.2xlarge`
    #[aws(value = "r8gd.2xlarge")]
    R8gd2xlarge,
    /// `r8gd.4xlarge`
    #[aws(value = "r8gd.4xlarge")]
    R8gd4xlarge,
    /// `r8gd.8xlarge`
    #[aws(value = "r8gd.8xlarge")]
    R8gd8xlarge,
    /// `r8gd.12xlarge`
    #[aws(value = "r8gd.12xlarge")]
    R8gd12xlarge,
    /// `r8gd.16xlarge`
    #[aws(value = "r8gd.16xlarge")]
    R8gd16xlarge,
    /// `r8gd.24xlarge`
    #[aws(value = "r8gd.24xlarge")]
    R8gd24xlarge,
    /// `r8gd.48xlarge`
    #[aws(value = "r8gd.48xlarge")]
    R8gd48xlarge,
    /// `r8gd.metal-24xl`
    #[aws(value = "r8gd.metal-24xl")]
    R8gdMetal24xl,
    /// `r8gd.metal-48xl`
    #[aws(value = "r8gd.metal-48xl")]
    R8gdMetal48xl,
    /// `c8gn.medium`
    #[aws(value = "c8gn.medium")]
    C8gnMedium,
    /// `c8gn.large`
    #[aws(value = "c8gn.large")]
    C8gnLarge,
    /// `c8gn.xlarge`
    #[aws(value = "c8gn.xlarge")]
    C8gnXlarge,
    /// `c8gn.2xlarge`
    #[aws(value = "c8gn.2xlarge")]
    C8gn2xlarge,
    /// `c8gn.4xlarge`
    #[aws(value = "c8gn.4xlarge")]
    C8gn4xlarge,
    /// `c8gn.8xlarge`
    #[aws(value = "c8gn.8xlarge")]
    C8gn8xlarge,
    /// `c8gn.12xlarge`
    #[aws(value = "c8gn.12xlarge")]
    C8gn12xlarge,
    /// `c8gn.16xlarge`
    #[aws(value = "c8gn.16xlarge")]
    C8gn16xlarge,
    /// `c8gn.24xlarge`
    #[aws(value = "c8gn.24xlarge")]
    C8gn24xlarge,
    /// `c8gn.48xlarge`
    #[aws(value = "c8gn.48xlarge")]
    C8gn48xlarge,
    /// `c8gn.metal-24xl`
    #[aws(value = "c8gn.metal-24xl")]
    C8gnMetal24xl,
    /// `c8gn.metal-48xl`
    #[aws(value = "c8gn.metal-48xl")]
    C8gnMetal48xl,
    /// `f2.6xlarge`
    #[aws(value = "f2.6xlarge")]
    F26xlarge,
    /// `p6e-gb200.36xlarge`
    #[aws(value = "p6e-gb200.36xlarge")]
    P6eGb20036xlarge,
    /// `g6f.large`
    #[aws(value = "g6f.large")]
    G6fLarge,
    /// `g6f.xlarge`
    #[aws(value = "g6f.xlarge")]
    G6fXlarge,
    /// `g6f.2xlarge`
    #[aws(value = "g6f.2xlarge")]
    G6f2xlarge,
    /// `g6f.4xlarge`
    #[aws(value = "g6f.4xlarge")]
    G6f4xlarge,
    /// `gr6f.4xlarge`
    #[aws(value = "gr6f.4xlarge")]
    Gr6f4xlarge,
    /// `p5.4xlarge`
    #[aws(value = "p5.4xlarge")]
    P54xlarge,
    /// `r8i.large`
    #[aws(value = "r8i.large")]
    R8iLarge,
    /// `r8i.xlarge`
    #[aws(value = "r8i.xlarge")]
    R8iXlarge,
    /// `r8i.2xlarge`
    #[aws(value = "r8i.2xlarge")]
    R8i2xlarge,
    /// `r8i.4xlarge`
    #[aws(value = "r8i.4xlarge")]
    R8i4xlarge,
    /// `r8i.8xlarge`
    #[aws(value = "r8i.8xlarge")]
    R8i8xlarge,
    /// `r8i.12xlarge`
    #[aws(value = "r8i.12xlarge")]
    R8i12xlarge,
    /// `r8i.16xlarge`
    #[aws(value = "r8i.16xlarge")]
    R8i16xlarge,
    /// `r8i.24xlarge`
    #[aws(value = "r8i.24xlarge")]
    R8i24xlarge,
    /// `r8i.32xlarge`
    #[aws(value = "r8i.32xlarge")]
    R8i32xlarge,
    /// `r8i.48xlarge`
    #[aws(value = "r8i.48xlarge")]
    R8i48xlarge,
    /// `r8i.96xlarge`
    #[aws(value = "r8i.96xlarge")]
    R8i96xlarge,
    /// `r8i.metal-48xl`
    #[aws(value = "r8i.metal-48xl")]
    R8iMetal48xl,
    /// `r8i.metal-96xl`
    #[aws(value = "r8i.metal-96xl")]
    R8iMetal96xl,
    /// `r8i-flex.large`
    #[aws(value = "r8i-flex.large")]
    R8iFlexLarge,
    /// `r8i-flex.xlarge`
    #[aws(value = "r8i-flex.xlarge")]
    R8iFlexXlarge,
    /// `r8i-flex.2xlarge`
    #[aws(value = "r8i-flex.2xlarge")]
    R8iFlex2xlarge,
    /// `r8i-flex.4xlarge`
    #[aws(value = "r8i-flex.4xlarge")]
    R8iFlex4xlarge,
    /// `r8i-flex.8xlarge`
    #[aws(value = "r8i-flex.8xlarge")]
    R8iFlex8xlarge,
    /// `r8i-flex.12xlarge`
    #[aws(value = "r8i-flex.12xlarge")]
    R8iFlex12xlarge,
    /// `r8i-flex.16xlarge`
    #[aws(value = "r8i-flex.16xlarge")]
    R8iFlex16xlarge,
    /// `m8i.large`
    #[aws(value = "m8i.large")]
    M8iLarge,
    /// `m8i.xlarge`
    #[aws(value = "m8i.xlarge")]
    M8iXlarge,
    /// `m8i.2xlarge`
    #[aws(value = "m8i.2xlarge")]
    M8i2xlarge,
    /// `m8i.4xlarge`
    #[aws(value = "m8i.4xlarge")]
    M8i4xlarge,
    /// `m8i.8xlarge`
    #[aws(value = "m8i.8xlarge")]
    M8i8xlarge,
    /// `m8i.12xlarge`
    #[aws(value = "m8i.12xlarge")]
    M8i12xlarge,
    /// `m8i.16xlarge`
    #[aws(value = "m8i.16xlarge")]
    M8i16xlarge,
    /// `m8i.24xlarge`
    #[aws(value = "m8i.24xlarge")]
    M8i24xlarge,
    /// `m8i.32xlarge`
    #[aws(value = "m8i.32xlarge")]
    M8i32xlarge,
    /// `m8i.48xlarge`
    #[aws(value = "m8i.48xlarge")]
    M8i48xlarge,
    /// `m8i.96xlarge`
    #[aws(value = "m8i.96xlarge")]
    M8i96xlarge,
    /// `m8i.metal-48xl`
    #[aws(value = "m8i.metal-48xl")]
    M8iMetal48xl,
    /// `m8i.metal-96xl`
    #[aws(value = "m8i.metal-96xl")]
    M8iMetal96xl,
    /// `m8i-flex.large`
    #[aws(value = "m8i-flex.large")]
    M8iFlexLarge,
    /// `m8i-flex.xlarge`
    #[aws(value = "m8i-flex.xlarge")]
    M8iFlexXlarge,
    /// `m8i-flex.2xlarge`
    #[aws(value = "m8i-flex.2xlarge")]
    M8iFlex2xlarge,
    /// `m8i-flex.4xlarge`
    #[aws(value = "m8i-flex.4xlarge")]
    M8iFlex4xlarge,
    /// `m8i-flex.8xlarge`
    #[aws(value = "m8i-flex.8xlarge")]
    M8iFlex8xlarge,
    /// `m8i-flex.12xlarge`
    #[aws(value = "m8i-flex.12xlarge")]
    M8iFlex12xlarge,
    /// `m8i-flex.16xlarge`
    #[aws(value = "m8i-flex.16xlarge")]
    M8iFlex16xlarge,
    /// `i8ge.large`
    #[aws(value = "i8ge.large")]
    I8geLarge,
    /// `i8ge.xlarge`
    #[aws(value = "i8ge.xlarge")]
    I8geXlarge,
    /// `i8ge.2xlarge`
    #[aws(value = "i8ge.2xlarge")]
    I8ge2xlarge,
    /// `i8ge.3xlarge`
    #[aws(value = "i8ge.3xlarge")]
    I8ge3xlarge,
    /// `i8ge.6xlarge`
    #[aws(value = "i8ge.6xlarge")]
    I8ge6xlarge,
    /// `i8ge.12xlarge`
    #[aws(value = "i8ge.12xlarge")]
    I8ge12xlarge,
    /// `i8ge.18xlarge`
    #[aws(value = "i8ge.18xlarge")]
    I8ge18xlarge,
    /// `i8ge.24xlarge`
    #[aws(value = "i8ge.24xlarge")]
    I8ge24xlarge,
    /// `i8ge.48xlarge`
    #[aws(value = "i8ge.48xlarge")]
    I8ge48xlarge,
    /// `i8ge.metal-24xl`
    #[aws(value = "i8ge.metal-24xl")]
    I8geMetal24xl,
    /// `i8ge.metal-48xl`
    #[aws(value = "i8ge.metal-48xl")]
    I8geMetal48xl,
    /// `mac-m4.metal`
    #[aws(value = "mac-m4.metal")]
    MacM4Metal,
    /// `mac-m4pro.metal`
    #[aws(value = "mac-m4pro.metal")]
    MacM4proMetal,
    /// `r8gn.medium`
    #[aws(value = "r8gn.medium")]
    R8gnMedium,
    /// `r8gn.large`
    #[aws(value = "r8gn.large")]
    R8gnLarge,
    /// `r8gn.xlarge`
    #[aws(value = "r8gn.xlarge")]
    R8gnXlarge,
    /// `r8gn.2xlarge`
    #[aws(value = "r8gn.2xlarge")]
    R8gn2xlarge,
    /// `r8gn.4xlarge`
    #[aws(value = "r8gn.4xlarge")]
    R8gn4xlarge,
    /// `r8gn.8xlarge`
    #[aws(value = "r8gn.8xlarge")]
    R8gn8xlarge,
    /// `r8gn.12xlarge`
    #[aws(value = "r8gn.12xlarge")]
    R8gn12xlarge,
    /// `r8gn.16xlarge`
    #[aws(value = "r8gn.16xlarge")]
    R8gn16xlarge,
    /// `r8gn.24xlarge`
    #[aws(value = "r8gn.24xlarge")]
    R8gn24xlarge,
    /// `r8gn.48xlarge`
    #[aws(value = "r8gn.48xlarge")]
    R8gn48xlarge,
    /// `r8gn.metal-24xl`
    #[aws(value = "r8gn.metal-24xl")]
    R8gnMetal24xl,
    /// `r8gn.metal-48xl`
    #[aws(value = "r8gn.metal-48xl")]
    R8gnMetal48xl,
    /// `c8i.large`
    #[aws(value = "c8i.large")]
    C8iLarge,
    /// `c8i.xlarge`
    #[aws(value = "c8i.xlarge")]
    C8iXlarge,
    /// `c8i.2xlarge`
    #[aws(value = "c8i.2xlarge")]
    C8i2xlarge,
    /// `c8i.4xlarge`
    #[aws(value = "c8i.4xlarge")]
    C8i4xlarge,
    /// `c8i.8xlarge`
    #[aws(value = "c8i.8xlarge")]
    C8i8xlarge,
    /// `c8i.12xlarge`
    #[aws(value = "c8i.12xlarge")]
    C8i12xlarge,
    /// `c8i.16xlarge`
    #[aws(value = "c8i.16xlarge")]
    C8i16xlarge,
    /// `c8i.24xlarge`
    #[aws(value = "c8i.24xlarge")]
    C8i24xlarge,
    /// `c8i.32xlarge`
    #[aws(value = "c8i.32xlarge")]
    C8i32xlarge,
    /// `c8i.48xlarge`
    #[aws(value = "c8i.48xlarge")]
    C8i48xlarge,
    /// `c8i.96xlarge`
    #[aws(value = "c8i.96xlarge")]
    C8i96xlarge,
    /// `c8i.metal-48xl`
    #[aws(value = "c8i.metal-48xl")]
    C8iMetal48xl,
    /// `c8i.metal-96xl`
    #[aws(value = "c8i.metal-96xl")]
    C8iMetal96xl,
    /// `c8i-flex.large`
    #[aws(value = "c8i-flex.large")]
    C8iFlexLarge,
    /// `c8i-flex.xlarge`
    #[aws(value = "c8i-flex.xlarge")]
    C8iFlexXlarge,
    /// `c8i-flex.2xlarge`
    #[aws(value = "c8i-flex.2xlarge")]
    C8iFlex2xlarge,
    /// `c8i-flex.4xlarge`
    #[aws(value = "c8i-flex.4xlarge")]
    C8iFlex4xlarge,
    /// `c8i-flex.8xlarge`
    #[aws(value = "c8i-flex.8xlarge")]
    C8iFlex8xlarge,
    /// `c8i-flex.12xlarge`
    #[aws(value = "c8i-flex.12xlarge")]
    C8iFlex12xlarge,
    /// `c8i-flex.16xlarge`
    #[aws(value = "c8i-flex.16xlarge")]
    C8iFlex16xlarge,
    /// `r8gb.medium`
    #[aws(value = "r8gb.medium")]
    R8gbMedium,
    /// `r8gb.large`
    #[aws(value = "r8gb.large")]
    R8gbLarge,
    /// `r8gb.xlarge`
    #[aws(value = "r8gb.xlarge")]
    R8gbXlarge,
    /// `r8gb.2xlarge`
    #[aws(value = "r8gb.2xlarge")]
    R8gb2xlarge,
    /// `r8gb.4xlarge`
    #[aws(value = "r8gb.4xlarge")]
    R8gb4xlarge,
    /// `r8gb.8xlarge`
    #[aws(value = "r8gb.8xlarge")]
    R8gb8xlarge,
    /// `r8gb.12xlarge`
    #[aws(value = "r8gb.12xlarge")]
    R8gb12xlarge,
    /// `r8gb.16xlarge`
    #[aws(value = "r8gb.16xlarge")]
    R8gb16xlarge,
    /// `r8gb.24xlarge`
    #[aws(value = "r8gb.24xlarge")]
    R8gb24xlarge,
    /// `r8gb.metal-24xl`
    #[aws(value = "r8gb.metal-24xl")]
    R8gbMetal24xl,
    /// `m8a.medium`
    #[aws(value = "m8a.medium")]
    M8aMedium,
    /// `m8a.large`
    #[aws(value = "m8a.large")]
    M8aLarge,
    /// `m8a.xlarge`
    #[aws(value = "m8a.xlarge")]
    M8aXlarge,
    /// `m8a.2xlarge`
    #[aws(value = "m8a.2xlarge")]
    M8a2xlarge,
    /// `m8a.4xlarge`
    #[aws(value = "m8a.4xlarge")]
    M8a4xlarge,
    /// `m8a.8xlarge`
    #[aws(value = "m8a.8xlarge")]
    M8a8xlarge,
    /// `m8a.12xlarge`
    #[aws(value = "m8a.12xlarge")]
    M8a12xlarge,
    /// `m8a.16xlarge`
    #[aws(value = "m8a.16xlarge")]
    M8a16xlarge,
    /// `m8a.24xlarge`
    #[aws(value = "m8a.24xlarge")]
    M8a24xlarge,
    /// `m8a.48xlarge`
    #[aws(value = "m8a.48xlarge")]
    M8a48xlarge,
    /// `m8a.metal-24xl`
    #[aws(value = "m8a.metal-24xl")]
    M8aMetal24xl,
    /// `m8a.metal-48xl`
    #[aws(value = "m8a.metal-48xl")]
    M8aMetal48xl,
    /// `trn2.3xlarge`
    #[aws(value = "trn2.3xlarge")]
    Trn23xlarge,
    /// `r8a.medium`
    #[aws(value = "r8a.medium")]
    R8aMedium,
    /// `r8a.large`
    #[aws(value = "r8a.large")]
    R8aLarge,
    /// `r8a.xlarge`
    #[aws(value = "r8a.xlarge")]
    R8aXlarge,
    /// `r8a.2xlarge`
    #[aws(value = "r8a.2xlarge")]
    R8a2xlarge,
    /// `r8a.4xlarge`
    #[aws(value = "r8a.4xlarge")]
    R8a4xlarge,
    /// `r8a.8xlarge`
    #[aws(value = "r8a.8xlarge")]
    R8a8xlarge,
    /// `r8a.12xlarge`
    #[aws(value = "r8a.12xlarge")]
    R8a12xlarge,
    /// `r8a.16xlarge`
    #[aws(value = "r8a.16xlarge")]
    R8a16xlarge,
    /// `r8a.24xlarge`
    #[aws(value = "r8a.24xlarge")]
    R8a24xlarge,
    /// `r8a.48xlarge`
    #[aws(value = "r8a.48xlarge")]
    R8a48xlarge,
    /// `r8a.metal-24xl`
    #[aws(value = "r8a.metal-24xl")]
    R8aMetal24xl,
    /// `r8a.metal-48xl`
    #[aws(value = "r8a.metal-48xl")]
    R8aMetal48xl,
    /// `p6-b300.48xlarge`
    #[aws(value = "p6-b300.48xlarge")]
    P6B30048xlarge,
    /// `c8a.medium`
    #[aws(value = "c8a.medium")]
    C8aMedium,
    /// `c8a.large`
    #[aws(value = "c8a.large")]
    C8aLarge,
    /// `c8a.xlarge`
    #[aws(value = "c8a.xlarge")]
    C8aXlarge,
    /// `c8a.2xlarge`
    #[aws(value = "c8a.2xlarge")]
    C8a2xlarge,
    /// `c8a.4xlarge`
    #[aws(value = "c8a.4xlarge")]
    C8a4xlarge,
    /// `c8a.8xlarge`
    #[aws(value = "c8a.8xlarge")]
    C8a8xlarge,
    /// `c8a.12xlarge`
    #[aws(value = "c8a.12xlarge")]
    C8a12xlarge,
    /// `c8a.16xlarge`
    #[aws(value = "c8a.16xlarge")]
    C8a16xlarge,
    /// `c8a.24xlarge`
    #[aws(value = "c8a.24xlarge")]
    C8a24xlarge,
    /// `c8a.48xlarge`
    #[aws(value = "c8a.48xlarge")]
    C8a48xlarge,
    /// `c8a.metal-24xl`
    #[aws(value = "c8a.metal-24xl")]
    C8aMetal24xl,
    /// `c8a.metal-48xl`
    #[aws(value = "c8a.metal-48xl")]
    C8aMetal48xl,
    /// `c8gb.12xlarge`
    #[aws(value = "c8gb.12xlarge")]
    C8gb12xlarge,
    /// `c8gb.16xlarge`
    #[aws(value = "c8gb.16xlarge")]
    C8gb16xlarge,
    /// `c8gb.24xlarge`
    #[aws(value = "c8gb.24xlarge")]
    C8gb24xlarge,
    /// `c8gb.2xlarge`
    #[aws(value = "c8gb.2xlarge")]
    C8gb2xlarge,
    /// `c8gb.4xlarge`
    #[aws(value = "c8gb.4xlarge")]
    C8gb4xlarge,
    /// `c8gb.8xlarge`
    #[aws(value = "c8gb.8xlarge")]
    C8gb8xlarge,
    /// `c8gb.large`
    #[aws(value = "c8gb.large")]
    C8gbLarge,
    /// `c8gb.medium`
    #[aws(value = "c8gb.medium")]
    C8gbMedium,
    /// `c8gb.metal-24xl`
    #[aws(value = "c8gb.metal-24xl")]
    C8gbMetal24xl,
    /// `c8gb.xlarge`
    #[aws(value = "c8gb.xlarge")]
    C8gbXlarge,
    /// `c8gb.48xlarge`
    #[aws(value = "c8gb.48xlarge")]
    C8gb48xlarge,
    /// `c8gb.metal-48xl`
    #[aws(value = "c8gb.metal-48xl")]
    C8gbMetal48xl,
    /// `m8gb.12xlarge`
    #[aws(value = "m8gb.12xlarge")]
    M8gb12xlarge,
    /// `m8gb.16xlarge`
    #[aws(value = "m8gb.16xlarge")]
    M8gb16xlarge,
    /// `m8gb.24xlarge`
    #[aws(value = "m8gb.24xlarge")]
    M8gb24xlarge,
    /// `m8gb.2xlarge`
    #[aws(value = "m8gb.2xlarge")]
    M8gb2xlarge,
    /// `m8gb.4xlarge`
    #[aws(value = "m8gb.4xlarge")]
    M8gb4xlarge,
    /// `m8gb.8xlarge`
    #[aws(value = "m8gb.8xlarge")]
    M8gb8xlarge,
    /// `m8gb.large`
    #[aws(value = "m8gb.large")]
    M8gbLarge,
    /// `m8gb.medium`
    #[aws(value = "m8gb.medium")]
    M8gbMedium,
    /// `m8gb.xlarge`
    #[aws(value = "m8gb.xlarge")]
    M8gbXlarge,
    /// `m8gb.48xlarge`
    #[aws(value = "m8gb.48xlarge")]
    M8gb48xlarge,
    /// `m8gb.metal-24xl`
    #[aws(value = "m8gb.metal-24xl")]
    M8gbMetal24xl,
    /// `m8gb.metal-48xl`
    #[aws(value = "m8gb.metal-48xl")]
    M8gbMetal48xl,
    /// `m8gn.12xlarge`
    #[aws(value = "m8gn.12xlarge")]
    M8gn12xlarge,
    /// `m8gn.16xlarge`
    #[aws(value = "m8gn.16xlarge")]
    M8gn16xlarge,
    /// `m8gn.24xlarge`
    #[aws(value = "m8gn.24xlarge")]
    M8gn24xlarge,
    /// `m8gn.2xlarge`
    #[aws(value = "m8gn.2xlarge")]
    M8gn2xlarge,
    /// `m8gn.48xlarge`
    #[aws(value = "m8gn.48xlarge")]
    M8gn48xlarge,
    /// `m8gn.4xlarge`
    #[aws(value = "m8gn.4xlarge")]
    M8gn4xlarge,
    /// `m8gn.8xlarge`
    #[aws(value = "m8gn.8xlarge")]
    M8gn8xlarge,
    /// `m8gn.large`
    #[aws(value = "m8gn.large")]
    M8gnLarge,
    /// `m8gn.medium`
    #[aws(value = "m8gn.medium")]
    M8gnMedium,
    /// `m8gn.xlarge`
    #[aws(value = "m8gn.xlarge")]
    M8gnXlarge,
    /// `m8gn.metal-24xl`
    #[aws(value = "m8gn.metal-24xl")]
    M8gnMetal24xl,
    /// `m8gn.metal-48xl`
    #[aws(value = "m8gn.metal-48xl")]
    M8gnMetal48xl,
    /// `x8aedz.12xlarge`
    #[aws(value = "x8aedz.12xlarge")]
    X8aedz12xlarge,
    /// `x8aedz.24xlarge`
    #[aws(value = "x8aedz.24xlarge")]
    X8aedz24xlarge,
    /// `x8aedz.3xlarge`
    #[aws(value = "x8aedz.3xlarge")]
    X8aedz3xlarge,
    /// `x8aedz.6xlarge`
    #[aws(value = "x8aedz.6xlarge")]
    X8aedz6xlarge,
    /// `x8aedz.large`
    #[aws(value = "x8aedz.large")]
    X8aedzLarge,
    /// `x8aedz.metal-12xl`
    #[aws(value = "x8aedz.metal-12xl")]
    X8aedzMetal12xl,
    /// `x8aedz.metal-24xl`
    #[aws(value = "x8aedz.metal-24xl")]
    X8aedzMetal24xl,
    /// `x8aedz.xlarge`
    #[aws(value = "x8aedz.xlarge")]
    X8aedzXlarge,
    /// `m8azn.medium`
    #[aws(value = "m8azn.medium")]
    M8aznMedium,
    /// `m8azn.large`
    #[aws(value = "m8azn.large")]
    M8aznLarge,
    /// `m8azn.xlarge`
    #[aws(value = "m8azn.xlarge")]
    M8aznXlarge,
    /// `m8azn.3xlarge`
    #[aws(value = "m8azn.3xlarge")]
    M8azn3xlarge,
    /// `m8azn.6xlarge`
    #[aws(value = "m8azn.6xlarge")]
    M8azn6xlarge,
    /// `m8azn.12xlarge`
    #[aws(value = "m8azn.12xlarge")]
    M8azn12xlarge,
    /// `m8azn.24xlarge`
    #[aws(value = "m8azn.24xlarge")]
    M8azn24xlarge,
    /// `m8azn.metal-12xl`
    #[aws(value = "m8azn.metal-12xl")]
    M8aznMetal12xl,
    /// `m8azn.metal-24xl`
    #[aws(value = "m8azn.metal-24xl")]
    M8aznMetal24xl,
    /// `x8i.large`
    #[aws(value = "x8i.large")]
    X8iLarge,
    /// `x8i.xlarge`
    #[aws(value = "x8i.xlarge")]
    X8iXlarge,
    /// `x8i.2xlarge`
    #[aws(value = "x8i.2xlarge")]
    X8i2xlarge,
    /// `x8i.4xlarge`
    #[aws(value = "x8i.4xlarge")]
    X8i4xlarge,
    /// `x8i.8xlarge`
    #[aws(value = "x8i.8xlarge")]
    X8i8xlarge,
    /// `x8i.12xlarge`
    #[aws(value = "x8i.12xlarge")]
    X8i12xlarge,
    /// `x8i.16xlarge`
    #[aws(value = "x8i.16xlarge")]
    X8i16xlarge,
    /// `x8i.24xlarge`
    #[aws(value = "x8i.24xlarge")]
    X8i24xlarge,
    /// `x8i.32xlarge`
    #[aws(value = "x8i.32xlarge")]
    X8i32xlarge,
    /// `x8i.48xlarge`
    #[aws(value = "x8i.48xlarge")]
    X8i48xlarge,
    /// `x8i.64xlarge`
    #[aws(value = "x8i.64xlarge")]
    X8i64xlarge,
    /// `x8i.96xlarge`
    #[aws(value = "x8i.96xlarge")]
    X8i96xlarge,
    /// `x8i.metal-48xl`
    #[aws(value = "x8i.metal-48xl")]
    X8iMetal48xl,
    /// `x8i.metal-96xl`
    #[aws(value = "x8i.metal-96xl")]
    X8iMetal96xl,
    /// `mac-m4max.metal`
    #[aws(value = "mac-m4max.metal")]
    MacM4maxMetal,
    /// `g7e.2xlarge`
    #[aws(value = "g7e.2xlarge")]
    G7e2xlarge,
    /// `g7e.4xlarge`
    #[aws(value = "g7e.4xlarge")]
    G7e4xlarge,
    /// `g7e.8xlarge`
    #[aws(value = "g7e.8xlarge")]
    G7e8xlarge,
    /// `g7e.12xlarge`
    #[aws(value = "g7e.12xlarge")]
    G7e12xlarge,
    /// `g7e.24xlarge`
    #[aws(value = "g7e.24xlarge")]
    G7e24xlarge,
    /// `g7e.48xlarge`
    #[aws(value = "g7e.48xlarge")]
    G7e48xlarge,
    /// `r8id.large`
    #[aws(value = "r8id.large")]
    R8idLarge,
    /// `r8id.xlarge`
    #[aws(value = "r8id.xlarge")]
    R8idXlarge,
    /// `r8id.2xlarge`
    #[aws(value = "r8id.2xlarge")]
    R8id2xlarge,
    /// `r8id.4xlarge`
    #[aws(value = "r8id.4xlarge")]
    R8id4xlarge,
    /// `r8id.8xlarge`
    #[aws(value = "r8id.8xlarge")]
    R8id8xlarge,
    /// `r8id.12xlarge`
    #[aws(value = "r8id.12xlarge")]
    R8id12xlarge,
    /// `r8id.16xlarge`
    #[aws(value = "r8id.16xlarge")]
    R8id16xlarge,
    /// `r8id.24xlarge`
    #[aws(value = "r8id.24xlarge")]
    R8id24xlarge,
    /// `r8id.32xlarge`
    #[aws(value = "r8id.32xlarge")]
    R8id32xlarge,
    /// `r8id.48xlarge`
    #[aws(value = "r8id.48xlarge")]
    R8id48xlarge,
    /// `r8id.96xlarge`
    #[aws(value = "r8id.96xlarge")]
    R8id96xlarge,
    /// `r8id.metal-48xl`
    #[aws(value = "r8id.metal-48xl")]
    R8idMetal48xl,
    /// `r8id.metal-96xl`
    #[aws(value = "r8id.metal-96xl")]
    R8idMetal96xl,
    /// `c8id.large`
    #[aws(value = "c8id.large")]
    C8idLarge,
    /// `c8id.xlarge`
    #[aws(value = "c8id.xlarge")]
    C8idXlarge,
    /// `c8id.2xlarge`
    #[aws(value = "c8id.2xlarge")]
    C8id2xlarge,
    /// `c8id.4xlarge`
    #[aws(value = "c8id.4xlarge")]
    C8id4xlarge,
    /// `c8id.8xlarge`
    #[aws(value = "c8id.8xlarge")]
    C8id8xlarge,
    /// `c8id.12xlarge`
    #[aws(value = "c8id.12xlarge")]
    C8id12xlarge,
    /// `c8id.16xlarge`
    #[aws(value = "c8id.16xlarge")]
    C8id16xlarge,
    /// `c8id.24xlarge`
    #[aws(value = "c8id.24xlarge")]
    C8id24xlarge,
    /// `c8id.32xlarge`
    #[aws(value = "c8id.32xlarge")]
    C8id32xlarge,
    /// `c8id.48xlarge`
    #[aws(value = "c8id.48xlarge")]
    C8id48xlarge,
    /// `c8id.96xlarge`
    #[aws(value = "c8id.96xlarge")]
    C8id96xlarge,
    /// `c8id.metal-48xl`
    #[aws(value = "c8id.metal-48xl")]
    C8idMetal48xl,
    /// `c8id.metal-96xl`
    #[aws(value = "c8id.metal-96xl")]
    C8idMetal96xl,
    /// `m8id.large`
    #[aws(value = "m8id.large")]
    M8idLarge,
    /// `m8id.xlarge`
    #[aws(value = "m8id.xlarge")]
    M8idXlarge,
    /// `m8id.2xlarge`
    #[aws(value = "m8id.2xlarge")]
    M8id2xlarge,
    /// `m8id.4xlarge`
    #[aws(value = "m8id.4xlarge")]
    M8id4xlarge,
    /// `m8id.8xlarge`
    #[aws(value = "m8id.8xlarge")]
    M8id8xlarge,
    /// `m8id.12xlarge`
    #[aws(value = "m8id.12xlarge")]
    M8id12xlarge,
    /// `m8id.16xlarge`
    #[aws(value = "m8id.16xlarge")]
    M8id16xlarge,
    /// `m8id.24xlarge`
    #[aws(value = "m8id.24xlarge")]
    M8id24xlarge,
    /// `m8id.32xlarge`
    #[aws(value = "m8id.32xlarge")]
    M8id32xlarge,
    /// `m8id.48xlarge`
    #[aws(value = "m8id.48xlarge")]
    M8id48xlarge,
    /// `m8id.96xlarge`
    #[aws(value = "m8id.96xlarge")]
    M8id96xlarge,
    /// `m8id.metal-48xl`
    #[aws(value = "m8id.metal-48xl")]
    M8idMetal48xl,
    /// `m8id.metal-96xl`
    #[aws(value = "m8id.metal-96xl")]
    M8idMetal96xl,
    /// `hpc8a.96xlarge`
    #[aws(value = "hpc8a.96xlarge")]
    Hpc8a96xlarge,
    /// `c8in.large`
    #[aws(value = "c8in.large")]
    C8inLarge,
    /// `c8in.xlarge`
    #[aws(value = "c8in.xlarge")]
    C8inXlarge,
    /// `c8in.2xlarge`
    #[aws(value = "c8in.2xlarge")]
    C8in2xlarge,
    /// `c8in.4xlarge`
    #[aws(value = "c8in.4xlarge")]
    C8in4xlarge,
    /// `c8in.8xlarge`
    #[aws(value = "c8in.8xlarge")]
    C8in8xlarge,
    /// `c8in.12xlarge`
    #[aws(value = "c8in.12xlarge")]
    C8in12xlarge,
    /// `c8in.16xlarge`
    #[aws(value = "c8in.16xlarge")]
    C8in16xlarge,
    /// `c8in.24xlarge`
    #[aws(value = "c8in.24xlarge")]
    C8in24xlarge,
    /// `c8in.32xlarge`
    #[aws(value = "c8in.32xlarge")]
    C8in32xlarge,
    /// `c8in.48xlarge`
    #[aws(value = "c8in.48xlarge")]
    C8in48xlarge,
    /// `c8in.96xlarge`
    #[aws(value = "c8in.96xlarge")]
    C8in96xlarge,
    /// `c8in.metal-48xl`
    #[aws(value = "c8in.metal-48xl")]
    C8inMetal48xl,
    /// `c8in.metal-96xl`
    #[aws(value = "c8in.metal-96xl")]
    C8inMetal96xl,
    /// `c8ib.large`
    #[aws(value = "c8ib.large")]
    C8ibLarge,
    /// `c8ib.xlarge`
    #[aws(value = "c8ib.xlarge")]
    C8ibXlarge,
    /// `c8ib.2xlarge`
    #[aws(value = "c8ib.2xlarge")]
    C8ib2xlarge,
    /// `c8ib.4xlarge`
    #[aws(value = "c8ib.4xlarge")]
    C8ib4xlarge,
    /// `c8ib.8xlarge`
    #[aws(value = "c8ib.8xlarge")]
    C8ib8xlarge,
    /// `c8ib.12xlarge`
    #[aws(value = "c8ib.12xlarge")]
    C8ib12xlarge,
    /// `c8ib.16xlarge`
    #[aws(value = "c8ib.16xlarge")]
    C8ib16xlarge,
    /// `c8ib.24xlarge`
    #[aws(value = "c8ib.24xlarge")]
    C8ib24xlarge,
    /// `c8ib.32xlarge`
    #[aws(value = "c8ib.32xlarge")]
    C8ib32xlarge,
    /// `c8ib.48xlarge`
    #[aws(value = "c8ib.48xlarge")]
    C8ib48xlarge,
    /// `c8ib.96xlarge`
    #[aws(value = "c8ib.96xlarge")]
    C8ib96xlarge,
    /// `c8ib.metal-48xl`
    #[aws(value = "c8ib.metal-48xl")]
    C8ibMetal48xl,
    /// `c8ib.metal-96xl`
    #[aws(value = "c8ib.metal-96xl")]
    C8ibMetal96xl,
    /// `r8in.large`
    #[aws(value = "r8in.large")]
    R8inLarge,
    /// `r8in.xlarge`
    #[aws(value = "r8in.xlarge")]
    R8inXlarge,
    /// `r8in.2xlarge`
    #[aws(value = "r8in.2xlarge")]
    R8in2xlarge,
    /// `r8in.4xlarge`
    #[aws(value = "r8in.4xlarge")]
    R8in4xlarge,
    /// `r8in.8xlarge`
    #[aws(value = "r8in.8xlarge")]
    R8in8xlarge,
    /// `r8in.12xlarge`
    #[aws(value = "r8in.12xlarge")]
    R8in12xlarge,
    /// `r8in.16xlarge`
    #[aws(value = "r8in.16xlarge")]
    R8in16xlarge,
    /// `r8in.24xlarge`
    #[aws(value = "r8in.24xlarge")]
    R8in24xlarge,
    /// `r8in.32xlarge`
    #[aws(value = "r8in.32xlarge")]
    R8in32xlarge,
    /// `r8in.48xlarge`
    #[aws(value = "r8in.48xlarge")]
    R8in48xlarge,
    /// `r8in.96xlarge`
    #[aws(value = "r8in.96xlarge")]
    R8in96xlarge,
    /// `r8ib.large`
    #[aws(value = "r8ib.large")]
    R8ibLarge,
    /// `r8ib.xlarge`
    #[aws(value = "r8ib.xlarge")]
    R8ibXlarge,
    /// `r8ib.2xlarge`
    #[aws(value = "r8ib.2xlarge")]
    R8ib2xlarge,
    /// `r8ib.4xlarge`
    #[aws(value = "r8ib.4xlarge")]
    R8ib4xlarge,
    /// `r8ib.8xlarge`
    #[aws(value = "r8ib.8xlarge")]
    R8ib8xlarge,
    /// `r8ib.12xlarge`
    #[aws(value = "r8ib.12xlarge")]
    R8ib12xlarge,
    /// `r8ib.16xlarge`
    #[aws(value = "r8ib.16xlarge")]
    R8ib16xlarge,
    /// `r8ib.24xlarge`
    #[aws(value = "r8ib.24xlarge")]
    R8ib24xlarge,
    /// `r8ib.32xlarge`
    #[aws(value = "r8ib.32xlarge")]
    R8ib32xlarge,
    /// `r8ib.48xlarge`
    #[aws(value = "r8ib.48xlarge")]
    R8ib48xlarge,
    /// `r8ib.96xlarge`
    #[aws(value = "r8ib.96xlarge")]
    R8ib96xlarge,
    /// `m8in.large`
    #[aws(value = "m8in.large")]
    M8inLarge,
    /// `m8in.xlarge`
    #[aws(value = "m8in.xlarge")]
    M8inXlarge,
    /// `m8in.2xlarge`
    #[aws(value = "m8in.2xlarge")]
    M8in2xlarge,
    /// `m8in.4xlarge`
    #[aws(value = "m8in.4xlarge")]
    M8in4xlarge,
    /// `m8in.8xlarge`
    #[aws(value = "m8in.8xlarge")]
    M8in8xlarge,
    /// `m8in.12xlarge`
    #[aws(value = "m8in.12xlarge")]
    M8in12xlarge,
    /// `m8in.16xlarge`
    #[aws(value = "m8in.16xlarge")]
    M8in16xlarge,
    /// `m8in.24xlarge`
    #[aws(value = "m8in.24xlarge")]
    M8in24xlarge,
    /// `m8in.32xlarge`
    #[aws(value = "m8in.32xlarge")]
    M8in32xlarge,
    /// `m8in.48xlarge`
    #[aws(value = "m8in.48xlarge")]
    M8in48xlarge,
    /// `m8in.96xlarge`
    #[aws(value = "m8in.96xlarge")]
    M8in96xlarge,
    /// `m8ib.large`
    #[aws(value = "m8ib.large")]
    M8ibLarge,
    /// `m8ib.xlarge`
    #[aws(value = "m8ib.xlarge")]
    M8ibXlarge,
    /// `m8ib.2xlarge`
    #[aws(value = "m8ib.2xlarge")]
    M8ib2xlarge,
    /// `m8ib.4xlarge`
    #[aws(value = "m8ib.4xlarge")]
    M8ib4xlarge,
    /// `m8ib.8xlarge`
    #[aws(value = "m8ib.8xlarge")]
    M8ib8xlarge,
    /// `m8ib.12xlarge`
    #[aws(value = "m8ib.12xlarge")]
    M8ib12xlarge,
    /// `m8ib.16xlarge`
    #[aws(value = "m8ib.16xlarge")]
    M8ib16xlarge,
    /// `m8ib.24xlarge`
    #[aws(value = "m8ib.24xlarge")]
    M8ib24xlarge,
    /// `m8ib.32xlarge`
    #[aws(value = "m8ib.32xlarge")]
    M8ib32xlarge,
    /// `m8ib.48xlarge`
    #[aws(value = "m8ib.48xlarge")]
    M8ib48xlarge,
    /// `m8ib.96xlarge`
    #[aws(value = "m8ib.96xlarge")]
    M8ib96xlarge,
    /// `m8ine.large`
    #[aws(value = "m8ine.large")]
    M8ineLarge,
    /// `m8ine.xlarge`
    #[aws(value = "m8ine.xlarge")]
    M8ineXlarge,
    /// `m8ine.2xlarge`
    #[aws(value = "m8ine.2xlarge")]
    M8ine2xlarge,
    /// `m8ine.4xlarge`
    #[aws(value = "m8ine.4xlarge")]
    M8ine4xlarge,
    /// `m8ine.8xlarge`
    #[aws(value = "m8ine.8xlarge")]
    M8ine8xlarge,
    /// `m8ine.12xlarge`
    #[aws(value = "m8ine.12xlarge")]
    M8ine12xlarge,
    /// `c8ine.large`
    #[aws(value = "c8ine.large")]
    C8ineLarge,
    /// `c8ine.xlarge`
    #[aws(value = "c8ine.xlarge")]
    C8ineXlarge,
    /// `c8ine.2xlarge`
    #[aws(value = "c8ine.2xlarge")]
    C8ine2xlarge,
    /// `c8ine.4xlarge`
    #[aws(value = "c8ine.4xlarge")]
    C8ine4xlarge,
    /// `c8ine.8xlarge`
    #[aws(value = "c8ine.8xlarge")]
    C8ine8xlarge,
    /// `c8ine.12xlarge`
    #[aws(value = "c8ine.12xlarge")]
    C8ine12xlarge,
    /// `m8idn.large`
    #[aws(value = "m8idn.large")]
    M8idnLarge,
    /// `m8idn.xlarge`
    #[aws(value = "m8idn.xlarge")]
    M8idnXlarge,
    /// `m8idn.2xlarge`
    #[aws(value = "m8idn.2xlarge")]
    M8idn2xlarge,
    /// `m8idn.4xlarge`
    #[aws(value = "m8idn.4xlarge")]
    M8idn4xlarge,
    /// `m8idn.8xlarge`
    #[aws(value = "m8idn.8xlarge")]
    M8idn8xlarge,
    /// `m8idn.12xlarge`
    #[aws(value = "m8idn.12xlarge")]
    M8idn12xlarge,
    /// `m8idn.16xlarge`
    #[aws(value = "m8idn.16xlarge")]
    M8idn16xlarge,
    /// `m8idn.24xlarge`
    #[aws(value = "m8idn.24xlarge")]
    M8idn24xlarge,
    /// `m8idn.32xlarge`
    #[aws(value = "m8idn.32xlarge")]
    M8idn32xlarge,
    /// `m8idn.48xlarge`
    #[aws(value = "m8idn.48xlarge")]
    M8idn48xlarge,
    /// `m8idn.96xlarge`
    #[aws(value = "m8idn.96xlarge")]
    M8idn96xlarge,
    /// `r8idn.large`
    #[aws(value = "r8idn.large")]
    R8idnLarge,
    /// `r8idn.xlarge`
    #[aws(value = "r8idn.xlarge")]
    R8idnXlarge,
    /// `r8idn.2xlarge`
    #[aws(value = "r8idn.2xlarge")]
    R8idn2xlarge,
    /// `r8idn.4xlarge`
    #[aws(value = "r8idn.4xlarge")]
    R8idn4xlarge,
    /// `r8idn.8xlarge`
    #[aws(value = "r8idn.8xlarge")]
    R8idn8xlarge,
    /// `r8idn.12xlarge`
    #[aws(value = "r8idn.12xlarge")]
    R8idn12xlarge,
    /// `r8idn.16xlarge`
    #[aws(value = "r8idn.16xlarge")]
    R8idn16xlarge,
    /// `r8idn.24xlarge`
    #[aws(value = "r8idn.24xlarge")]
    R8idn24xlarge,
    /// `r8idn.32xlarge`
    #[aws(value = "r8idn.32xlarge")]
    R8idn32xlarge,
    /// `r8idn.48xlarge`
    #[aws(value = "r8idn.48xlarge")]
    R8idn48xlarge,
    /// `r8idn.96xlarge`
    #[aws(value = "r8idn.96xlarge")]
    R8idn96xlarge,
    /// `m8idb.large`
    #[aws(value = "m8idb.large")]
    M8idbLarge,
    /// `m8idb.xlarge`
    #[aws(value = "m8idb.xlarge")]
    M8idbXlarge,
    /// `m8idb.2xlarge`
    #[aws(value = "m8idb.2xlarge")]
    M8idb2xlarge,
    /// `m8idb.4xlarge`
    #[aws(value = "m8idb.4xlarge")]
    M8idb4xlarge,
    /// `m8idb.8xlarge`
    #[aws(value = "m8idb.8xlarge")]
    M8idb8xlarge,
    /// `m8idb.12xlarge`
    #[aws(value = "m8idb.12xlarge")]
    M8idb12xlarge,
    /// `m8idb.16xlarge`
    #[aws(value = "m8idb.16xlarge")]
    M8idb16xlarge,
    /// `m8idb.24xlarge`
    #[aws(value = "m8idb.24xlarge")]
    M8idb24xlarge,
    /// `m8idb.32xlarge`
    #[aws(value = "m8idb.32xlarge")]
    M8idb32xlarge,
    /// `m8idb.48xlarge`
    #[aws(value = "m8idb.48xlarge")]
    M8idb48xlarge,
    /// `m8idb.96xlarge`
    #[aws(value = "m8idb.96xlarge")]
    M8idb96xlarge,
    /// `r8idb.large`
    #[aws(value = "r8idb.large")]
    R8idbLarge,
    /// `r8idb.xlarge`
    #[aws(value = "r8idb.xlarge")]
    R8idbXlarge,
    /// `r8idb.2xlarge`
    #[aws(value = "r8idb.2xlarge")]
    R8idb2xlarge,
    /// `r8idb.4xlarge`
    #[aws(value = "r8idb.4xlarge")]
    R8idb4xlarge,
    /// `r8idb.8xlarge`
    #[aws(value = "r8idb.8xlarge")]
    R8idb8xlarge,
    /// `r8idb.12xlarge`
    #[aws(value = "r8idb.12xlarge")]
    R8idb12xlarge,
    /// `r8idb.16xlarge`
    #[aws(value = "r8idb.16xlarge")]
    R8idb16xlarge,
    /// `r8idb.24xlarge`
    #[aws(value = "r8idb.24xlarge")]
    R8idb24xlarge,
    /// `r8idb.32xlarge`
    #[aws(value = "r8idb.32xlarge")]
    R8idb32xlarge,
    /// `r8idb.48xlarge`
    #[aws(value = "r8idb.48xlarge")]
    R8idb48xlarge,
    /// `r8idb.96xlarge`
    #[aws(value = "r8idb.96xlarge")]
    R8idb96xlarge,
    /// `mac-m3ultra.metal`
    #[aws(value = "mac-m3ultra.metal")]
    MacM3ultraMetal,
    /// `m9g.large`
    #[aws(value = "m9g.large")]
    M9gLarge,
    /// `m9g.xlarge`
    #[aws(value = "m9g.xlarge")]
    M9gXlarge,
    /// `m9g.2xlarge`
    #[aws(value = "m9g.2xlarge")]
    M9g2xlarge,
    /// `m9g.4xlarge`
    #[aws(value = "m9g.4xlarge")]
    M9g4xlarge,
    /// `m9g.8xlarge`
    #[aws(value = "m9g.8xlarge")]
    M9g8xlarge,
    /// `m9g.12xlarge`
    #[aws(value = "m9g.12xlarge")]
    M9g12xlarge,
    /// `m9g.16xlarge`
    #[aws(value = "m9g.16xlarge")]
    M9g16xlarge,
    /// `m9g.24xlarge`
    #[aws(value = "m9g.24xlarge")]
    M9g24xlarge,
    /// `m9g.48xlarge`
    #[aws(value = "m9g.48xlarge")]
    M9g48xlarge,
    /// `m9g.metal-24xl`
    #[aws(value = "m9g.metal-24xl")]
    M9gMetal24xl,
    /// `m9g.metal-48xl`
    #[aws(value = "m9g.metal-48xl")]
    M9gMetal48xl,
    /// `m9gd.large`
    #[aws(value = "m9gd.large")]
    M9gdLarge,
    /// `m9gd.xlarge`
    #[aws(value = "m9gd.xlarge")]
    M9gdXlarge,
    /// `m9gd.2xlarge`
    #[aws(value = "m9gd.2xlarge")]
    M9gd2xlarge,
    /// `m9gd.4xlarge`
    #[aws(value = "m9gd.4xlarge")]
    M9gd4xlarge,
    /// `m9gd.8xlarge`
    #[aws(value = "m9gd.8xlarge")]
    M9gd8xlarge,
    /// `m9gd.12xlarge`
    #[aws(value = "m9gd.12xlarge")]
    M9gd12xlarge,
    /// `m9gd.16xlarge`
    #[aws(value = "m9gd.16xlarge")]
    M9gd16xlarge,
    /// `m9gd.24xlarge`
    #[aws(value = "m9gd.24xlarge")]
    M9gd24xlarge,
    /// `m9gd.48xlarge`
    #[aws(value = "m9gd.48xlarge")]
    M9gd48xlarge,
    /// `m9gd.metal-24xl`
    #[aws(value = "m9gd.metal-24xl")]
    M9gdMetal24xl,
    /// `m9gd.metal-48xl`
    #[aws(value = "m9gd.metal-48xl")]
    M9gdMetal48xl,
    /// `r8in.metal-48xl`
    #[aws(value = "r8in.metal-48xl")]
    R8inMetal48xl,
    /// `r8in.metal-96xl`
    #[aws(value = "r8in.metal-96xl")]
    R8inMetal96xl,
    /// `r8ib.metal-48xl`
    #[aws(value = "r8ib.metal-48xl")]
    R8ibMetal48xl,
    /// `r8ib.metal-96xl`
    #[aws(value = "r8ib.metal-96xl")]
    R8ibMetal96xl,
    /// `r8idn.metal-48xl`
    #[aws(value = "r8idn.metal-48xl")]
    R8idnMetal48xl,
    /// `r8idn.metal-96xl`
    #[aws(value = "r8idn.metal-96xl")]
    R8idnMetal96xl,
    /// `r8idb.metal-48xl`
    #[aws(value = "r8idb.metal-48xl")]
    R8idbMetal48xl,
    /// `r8idb.metal-96xl`
    #[aws(value = "r8idb.metal-96xl")]
    R8idbMetal96xl,
    /// `m8in.metal-48xl`
    #[aws(value = "m8in.metal-48xl")]
    M8inMetal48xl,
    /// `m8in.metal-96xl`
    #[aws(value = "m8in.metal-96xl")]
    M8inMetal96xl,
    /// `m8ib.metal-48xl`
    #[aws(value = "m8ib.metal-48xl")]
    M8ibMetal48xl,
    /// `m8ib.metal-96xl`
    #[aws(value = "m8ib.metal-96xl")]
    M8ibMetal96xl,
    /// `m8idn.metal-48xl`
    #[aws(value = "m8idn.metal-48xl")]
    M8idnMetal48xl,
    /// `m8idn.metal-96xl`
    #[aws(value = "m8idn.metal-96xl")]
    M8idnMetal96xl,
    /// `m8idb.metal-48xl`
    #[aws(value = "m8idb.metal-48xl")]
    M8idbMetal48xl,
    /// `m8idb.metal-96xl`
    #[aws(value = "m8idb.metal-96xl")]
    M8idbMetal96xl,
    /// `g7.2xlarge`
    #[aws(value = "g7.2xlarge")]
    G72xlarge,
    /// `g7.4xlarge`
    #[aws(value = "g7.4xlarge")]
    G74xlarge,
    /// `g7.8xlarge`
    #[aws(value = "g7.8xlarge")]
    G78xlarge,
    /// `g7.12xlarge`
    #[aws(value = "g7.12xlarge")]
    G712xlarge,
    /// `g7.24xlarge`
    #[aws(value = "g7.24xlarge")]
    G724xlarge,
    /// `g7.48xlarge`
    #[aws(value = "g7.48xlarge")]
    G748xlarge,
    /// `c9g.medium`
    #[aws(value = "c9g.medium")]
    C9gMedium,
    /// `c9g.large`
    #[aws(value = "c9g.large")]
    C9gLarge,
    /// `c9g.xlarge`
    #[aws(value = "c9g.xlarge")]
    C9gXlarge,
    /// `c9g.2xlarge`
    #[aws(value = "c9g.2xlarge")]
    C9g2xlarge,
    /// `c9g.4xlarge`
    #[aws(value = "c9g.4xlarge")]
    C9g4xlarge,
    /// `c9g.8xlarge`
    #[aws(value = "c9g.8xlarge")]
    C9g8xlarge,
    /// `c9g.12xlarge`
    #[aws(value = "c9g.12xlarge")]
    C9g12xlarge,
    /// `c9g.16xlarge`
    #[aws(value = "c9g.16xlarge")]
    C9g16xlarge,
    /// `c9g.24xlarge`
    #[aws(value = "c9g.24xlarge")]
    C9g24xlarge,
    /// `c9g.48xlarge`
    #[aws(value = "c9g.48xlarge")]
    C9g48xlarge,
    /// `c9g.metal-48xl`
    #[aws(value = "c9g.metal-48xl")]
    C9gMetal48xl,
    /// `c9gd.medium`
    #[aws(value = "c9gd.medium")]
    C9gdMedium,
    /// `c9gd.large`
    #[aws(value = "c9gd.large")]
    C9gdLarge,
    /// `c9gd.xlarge`
    #[aws(value = "c9gd.xlarge")]
    C9gdXlarge,
    /// `c9gd.2xlarge`
    #[aws(value = "c9gd.2xlarge")]
    C9gd2xlarge,
    /// `c9gd.4xlarge`
    #[aws(value = "c9gd.4xlarge")]
    C9gd4xlarge,
    /// `c9gd.8xlarge`
    #[aws(value = "c9gd.8xlarge")]
    C9gd8xlarge,
    /// `c9gd.12xlarge`
    #[aws(value = "c9gd.12xlarge")]
    C9gd12xlarge,
    /// `c9gd.16xlarge`
    #[aws(value = "c9gd.16xlarge")]
    C9gd16xlarge,
    /// `c9gd.24xlarge`
    #[aws(value = "c9gd.24xlarge")]
    C9gd24xlarge,
    /// `c9gd.48xlarge`
    #[aws(value = "c9gd.48xlarge")]
    C9gd48xlarge,
    /// `c9gd.metal-48xl`
    #[aws(value = "c9gd.metal-48xl")]
    C9gdMetal48xl,
    /// `r9g.medium`
    #[aws(value = "r9g.medium")]
    R9gMedium,
    /// `r9g.large`
    #[aws(value = "r9g.large")]
    R9gLarge,
    /// `r9g.xlarge`
    #[aws(value = "r9g.xlarge")]
    R9gXlarge,
    /// `r9g.2xlarge`
    #[aws(value = "r9g.2xlarge")]
    R9g2xlarge,
    /// `r9g.4xlarge`
    #[aws(value = "r9g.4xlarge")]
    R9g4xlarge,
    /// `r9g.8xlarge`
    #[aws(value = "r9g.8xlarge")]
    R9g8xlarge,
    /// `r9g.12xlarge`
    #[aws(value = "r9g.12xlarge")]
    R9g12xlarge,
    /// `r9g.16xlarge`
    #[aws(value = "r9g.16xlarge")]
    R9g16xlarge,
    /// `r9g.24xlarge`
    #[aws(value = "r9g.24xlarge")]
    R9g24xlarge,
    /// `r9g.48xlarge`
    #[aws(value = "r9g.48xlarge")]
    R9g48xlarge,
    /// `r9g.metal-48xl`
    #[aws(value = "r9g.metal-48xl")]
    R9gMetal48xl,
    /// `r9gd.medium`
    #[aws(value = "r9gd.medium")]
    R9gdMedium,
    /// `r9gd.large`
    #[aws(value = "r9gd.large")]
    R9gdLarge,
    /// `r9gd.xlarge`
    #[aws(value = "r9gd.xlarge")]
    R9gdXlarge,
    /// `r9gd.2xlarge`
    #[aws(value = "r9gd.2xlarge")]
    R9gd2xlarge,
    /// `r9gd.4xlarge`
    #[aws(value = "r9gd.4xlarge")]
    R9gd4xlarge,
    /// `r9gd.8xlarge`
    #[aws(value = "r9gd.8xlarge")]
    R9gd8xlarge,
    /// `r9gd.12xlarge`
    #[aws(value = "r9gd.12xlarge")]
    R9gd12xlarge,
    /// `r9gd.16xlarge`
    #[aws(value = "r9gd.16xlarge")]
    R9gd16xlarge,
    /// `r9gd.24xlarge`
    #[aws(value = "r9gd.24xlarge")]
    R9gd24xlarge,
    /// `r9gd.48xlarge`
    #[aws(value = "r9gd.48xlarge")]
    R9gd48xlarge,
    /// `r9gd.metal-48xl`
    #[aws(value = "r9gd.metal-48xl")]
    R9gdMetal48xl,
    /// `m9g.medium`
    #[aws(value = "m9g.medium")]
    M9gMedium,
    /// `t8i.nano`
    #[aws(value = "t8i.nano")]
    T8iNano,
    /// `t8i.micro`
    #[aws(value = "t8i.micro")]
    T8iMicro,
    /// `t8i.small`
    #[aws(value = "t8i.small")]
    T8iSmall,
    /// `t8i.medium`
    #[aws(value = "t8i.medium")]
    T8iMedium,
    /// `i8g.metal-48xl`
    #[aws(value = "i8g.metal-48xl")]
    I8gMetal48xl,
    /// `r8gb.48xlarge`
    #[aws(value = "r8gb.48xlarge")]
    R8gb48xlarge,
    /// `r8gb.metal-48xl`
    #[aws(value = "r8gb.metal-48xl")]
    R8gbMetal48xl,
    /// `m9gd.medium`
    #[aws(value = "m9gd.medium")]
    M9gdMedium,
    /// `trn2u.48xlarge`
    #[aws(value = "trn2u.48xlarge")]
    Trn2u48xlarge,
    /// A value this client does not know yet.
    Unknown(String),
}
