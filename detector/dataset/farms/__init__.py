"""Generated republisher families (label 1), one module each."""

from __future__ import annotations

from detector.dataset.farms.ai_rewrite import AiRewriteFamily
from detector.dataset.farms.autoblog import AutoblogFamily
from detector.dataset.farms.base import Family
from detector.dataset.farms.expired_domain import ExpiredDomainFamily
from detector.dataset.farms.forum_repost import ForumRepostFamily
from detector.dataset.farms.local_network import LocalNetworkFamily
from detector.dataset.farms.mfa import MfaFamily
from detector.dataset.farms.network import NetworkFamily
from detector.dataset.farms.scraper import ScraperFamily
from detector.dataset.farms.skeleton import SkeletonFamily
from detector.dataset.farms.spinner import SpinnerFamily


def farm_families() -> list[Family]:
    """Every generated republisher family, in build order."""
    return [
        NetworkFamily(),
        AutoblogFamily(),
        AiRewriteFamily(),
        MfaFamily(),
        SpinnerFamily(),
        SkeletonFamily(),
        ScraperFamily(),
        LocalNetworkFamily(),
        ExpiredDomainFamily(),
        ForumRepostFamily(),
    ]
